import { lienPdfResponse } from "@/lib/parchemins/pdf/response";

/** The parchemin a download link opens (no sign-in); each use is logged. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return lienPdfResponse(request, token);
}
