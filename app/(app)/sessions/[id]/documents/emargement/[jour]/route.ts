import { getCurrentUser } from "@/lib/auth/auth-session";
import { emargementResponse } from "@/lib/sessions/emargement/response";

/** The attendance sheet of one day of the session (AAAA-MM-JJ), as PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; jour: string }> }) {
  const { id, jour } = await params;
  return emargementResponse(await getCurrentUser(), id, jour);
}
