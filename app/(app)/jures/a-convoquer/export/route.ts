import { getCurrentUser } from "@/lib/auth/auth-session";
import { csvResponse } from "@/lib/csv";
import { formatIsoDate } from "@/lib/dates";
import { resolveConvocationCriteria } from "@/lib/jures/convocation-criteria";
import { convocationListSpec } from "@/lib/jures/convocation-query";
import { reasonLabel } from "@/lib/jures/eligibility";
import { exportConvocationList } from "@/lib/jures/export-convocation";
import { parseListParams } from "@/lib/table/list-params";

/** The whole filtered list of jurors to convene (not only the page on screen), in the order of the page. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const resolved = await resolveConvocationCriteria(user, query);
  if (resolved.state === "introuvable") return new Response("Page introuvable.", { status: 404 });
  if (resolved.state === "incomplet") return new Response("Précisez la version du titre, les dates et le centre de la session.", { status: 400 });
  const params = parseListParams(query, convocationListSpec);
  const { criteria } = resolved;
  const exported = await exportConvocationList(user, resolved, params);
  if (!exported) return new Response("Page introuvable.", { status: 404 });
  const session = { debut: criteria.debut, fin: criteria.fin };
  const agent = user.role !== "centre";
  const header = ["Civilité", "Nom", "Nom de naissance", "Prénoms", ...(agent ? ["Date de naissance"] : []), "Éligible", "Raisons", "Commune de résidence", "Département", "Adresse électronique", "Téléphone", "Habilité jusqu'au"];

  async function* pages() {
    for await (const rows of exported!.pages) {
      yield rows.map((r) => [
        r.civilite,
        r.nomUsage ?? r.nomNaissance,
        r.nomNaissance,
        r.prenoms,
        ...(agent ? [formatIsoDate(r.dateNaissance)] : []),
        r.eligible ? "oui" : "non",
        r.raisons.map((reason) => reasonLabel(reason, { finHabilitation: r.finHabilitation, liensActifs: r.liensActifs, session })).join(" ; "),
        r.communeNom,
        r.departementCode,
        r.email,
        r.telephone,
        formatIsoDate(r.finHabilitation),
      ]);
    }
  }
  return csvResponse(`jures-a-convoquer-${criteria.debut}.csv`, header, pages());
}
