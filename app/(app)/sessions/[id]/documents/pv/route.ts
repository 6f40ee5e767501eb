import { getCurrentUser } from "@/lib/auth/auth-session";
import { pvResponse } from "@/lib/resultats/pv/response";

/** The PV of the session as CERES establishes it from the entered results, for the jury to sign. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pvResponse(await getCurrentUser(), id);
}
