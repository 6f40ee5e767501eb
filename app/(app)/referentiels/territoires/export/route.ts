import { getCurrentUser } from "@/lib/auth/auth-session";
import { csvResponse } from "@/lib/csv";
import { exportFileName } from "@/lib/export-file-name";
import { parseListParams } from "@/lib/table/list-params";
import { departementListSpec, listDepartementsForExport } from "@/lib/territoires/queries";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const params = parseListParams(Object.fromEntries(new URL(request.url).searchParams), departementListSpec);
  const rows = await listDepartementsForExport(user, params.filters);
  async function* pages() {
    yield rows.map((r) => [r.code, r.nom, r.regionCode, r.regionNom, r.udNom, r.udCommuneCode, r.udCommuneNom]);
  }
  const header = ["Code", "Département", "Code région", "Région", "Unité départementale", "Code INSEE de la commune de l'UD", "Commune de l'UD"];
  return csvResponse(exportFileName("departements-ceres"), header, pages());
}
