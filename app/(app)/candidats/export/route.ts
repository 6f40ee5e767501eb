import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { getCurrentUser } from "@/lib/auth/auth-session";
import { candidatListSpec, listCandidatsForUser } from "@/lib/candidats/queries";
import { csvResponse } from "@/lib/csv";
import { formatIsoDate } from "@/lib/dates";
import { exportFileName } from "@/lib/export-file-name";
import { parseListParams } from "@/lib/table/list-params";

const header = ["Civilité", "Nom de naissance", "Nom d'usage", "Prénoms", "Date de naissance", "Lieu de naissance", "Commune de résidence", "Inscriptions"];
const BATCH = 1000;

/** The whole filtered list of candidates in the user's scope, page after page; the export is audited. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const params = parseListParams(Object.fromEntries(new URL(request.url).searchParams), candidatListSpec);
  await recordAudit(getDb(), user, { action: "candidat.export", entityType: "candidat", entityId: "liste", after: { filtres: params.filters, tri: params.sort, ordre: params.dir } });

  async function* pages() {
    for (let page = 1; ; page++) {
      const { rows } = await listCandidatsForUser(user!, { ...params, page, pageSize: BATCH });
      if (rows.length) {
        yield rows.map((r) => [r.civilite, r.nomNaissance, r.nomUsage ?? "", r.prenoms, formatIsoDate(r.dateNaissance), r.naissanceCommuneNom ?? r.naissanceVille ?? "", r.residenceCommuneNom ?? "", r.inscriptions]);
      }
      if (rows.length < BATCH) return;
    }
  }
  return csvResponse(exportFileName("candidats-ceres"), header, pages());
}
