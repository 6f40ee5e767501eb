import { getCurrentUser } from "@/lib/auth/auth-session";
import { sessionParcheminsPdfResponse } from "@/lib/parchemins/pdf/response";

/** Every printed parchemin of a validated session, one per page, in one PDF (the UD's batch). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return sessionParcheminsPdfResponse(request, await getCurrentUser(), id);
}
