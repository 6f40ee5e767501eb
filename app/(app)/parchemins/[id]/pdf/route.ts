import { getCurrentUser } from "@/lib/auth/auth-session";
import { parcheminPdfResponse } from "@/lib/parchemins/pdf/response";

/** The parchemin's PDF as last printed (the print itself is recorded by the page's action first). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return parcheminPdfResponse(request, await getCurrentUser(), id);
}
