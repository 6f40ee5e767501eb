import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { getCurrentUser } from "@/lib/auth/auth-session";
import { csvResponse } from "@/lib/csv";
import { formatIsoDate } from "@/lib/dates";
import { exportFileName } from "@/lib/export-file-name";
import { listSessionsForUser, sessionListSpec } from "@/lib/sessions/list-query";
import { sessionStatutLabels } from "@/lib/sessions/transitions";
import { parseListParams } from "@/lib/table/list-params";

const header = ["Numéro", "Code du titre", "Intitulé du titre", "Millésime", "Nature", "SIRET du centre", "Centre", "Site", "Commune du site", "Département", "Premier jour", "Dernier jour", "Statut", "Jurés convoqués"];
const BATCH = 1000;

/** The whole filtered list of sessions in the user's scope, streamed page after page; the export is audited. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const params = parseListParams(Object.fromEntries(new URL(request.url).searchParams), sessionListSpec);
  await recordAudit(getDb(), user, { action: "session.export", entityType: "session", entityId: "liste", after: { filtres: params.filters, tri: params.sort, ordre: params.dir } });

  async function* pages() {
    for (let page = 1; ; page++) {
      const { rows } = await listSessionsForUser(user!, { ...params, page, pageSize: BATCH });
      if (rows.length) {
        yield rows.map((r) => [
          r.numero,
          r.titreCode,
          r.titreIntitule,
          r.millesime ?? "",
          r.type === "ccp" ? "Session CCP" : "Session titre",
          r.centreSiret,
          r.centreRaisonSociale,
          r.siteLibelle,
          r.siteCommuneNom,
          r.departementCode,
          formatIsoDate(r.dateDebut),
          formatIsoDate(r.dateFin),
          sessionStatutLabels[r.statut],
          r.jurorsCount,
        ]);
      }
      if (rows.length < BATCH) return;
    }
  }
  return csvResponse(exportFileName("sessions-ceres"), header, pages());
}
