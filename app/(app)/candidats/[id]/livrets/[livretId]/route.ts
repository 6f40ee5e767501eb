import { getCurrentUser } from "@/lib/auth/auth-session";
import { livretResponse } from "@/lib/livrets/response";

/** The livret de certification of a candidate, as a PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; livretId: string }> }) {
  const { id, livretId } = await params;
  return livretResponse(await getCurrentUser(), id, livretId);
}
