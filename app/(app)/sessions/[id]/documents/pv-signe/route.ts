import { getCurrentUser } from "@/lib/auth/auth-session";
import { pvSigneResponse } from "@/lib/resultats/pv/response";

/** The signed PV scan the centre attached to its transmission. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pvSigneResponse(await getCurrentUser(), id);
}
