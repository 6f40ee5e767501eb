import { getCurrentUser } from "@/lib/auth/auth-session";
import { centreListSpec, listCentresForUser } from "@/lib/centres/list-query";
import { csvResponse } from "@/lib/csv";
import { exportFileName } from "@/lib/export-file-name";
import { parseListParams } from "@/lib/table/list-params";

const header = ["SIRET", "Raison sociale", "Code postal", "Commune", "Département", "Région", "Type de centre", "Réseaux"];
const BATCH = 1000;

/** The whole filtered list of centres in the user's scope, streamed page after page. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Authentification requise.", { status: 401 });
  if (user.role === "centre") return new Response("Page introuvable.", { status: 404 });
  const params = parseListParams(Object.fromEntries(new URL(request.url).searchParams), centreListSpec);

  async function* pages() {
    for (let page = 1; ; page++) {
      const { rows } = await listCentresForUser(user!, { ...params, page, pageSize: BATCH });
      if (rows.length) yield rows.map((r) => [r.siret, r.raisonSociale, r.codePostal, r.communeNom, `${r.departementCode} ${r.departementNom}`, r.regionNom, r.typeCentre ?? "-", r.reseaux.join(" | ")]);
      if (rows.length < BATCH) return;
    }
  }
  return csvResponse(exportFileName("centres-ceres"), header, pages());
}
