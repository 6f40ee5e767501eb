import { getCurrentUser } from "@/lib/auth/auth-session";
import { convocationLettersResponse } from "@/lib/sessions/letters/response";

/** One juror's convocation letter (PDF). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; jureId: string }> }) {
  const { id, jureId } = await params;
  return convocationLettersResponse(await getCurrentUser(), id, jureId);
}
