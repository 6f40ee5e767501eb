import { getCurrentUser } from "@/lib/auth/auth-session";
import { convocationLettersResponse } from "@/lib/sessions/letters/response";

/** The whole active jury's convocation letters, one per page, in one PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return convocationLettersResponse(await getCurrentUser(), id, undefined);
}
