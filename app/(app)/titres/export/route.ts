import { getCurrentUser } from "@/lib/auth/auth-session";
import { csvResponse } from "@/lib/csv";
import { exportFileName } from "@/lib/export-file-name";
import { formatIsoDate } from "@/lib/dates";
import { parseListParams } from "@/lib/table/list-params";
import { iterateTitresForExport, titreListSpec } from "@/lib/titres/queries";
import { prolongationEnd, sessionProlongationMonths, versionStateLabels } from "@/lib/titres/version-state";

const header = [
  "Code",
  "Intitulé",
  "Sigle",
  "Version en cours",
  "Millésime",
  "Date de version",
  "Niveau",
  "RNCP",
  "Code NSF",
  "Libellé NSF",
  "Fin de vie",
  "Fin de prolongation",
  "État",
  "À compléter",
];

/** The whole filtered list (not only the page on screen), streamed. Every role reads the titles. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const params = parseListParams(Object.fromEntries(new URL(request.url).searchParams), titreListSpec);
  const months = sessionProlongationMonths("tous");

  async function* pages() {
    for await (const rows of iterateTitresForExport(user!, params.filters)) {
      yield rows.map((r) => [
        r.code,
        r.intitule,
        r.sigle,
        r.versionLabel ?? "Aucune version",
        r.millesime,
        formatIsoDate(r.dateVersion),
        r.niveau,
        r.rncp,
        r.nsfCode,
        r.nsfLibelle,
        formatIsoDate(r.finDeVie),
        formatIsoDate(prolongationEnd(r.finDeVie, months)),
        r.etat ? versionStateLabels[r.etat] : "",
        r.manquants.join(", "),
      ]);
    }
  }
  return csvResponse(exportFileName("titres-ceres"), header, pages());
}
