import { getCurrentUser } from "@/lib/auth/auth-session";
import { csvResponse } from "@/lib/csv";
import { exportFileName } from "@/lib/export-file-name";
import { listNsfForExport, nsfListSpec, nsfNiveauLabels } from "@/lib/nsf/queries";
import { parseListParams } from "@/lib/table/list-params";

/** The whole filtered nomenclature as CSV. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const params = parseListParams(Object.fromEntries(new URL(request.url).searchParams), nsfListSpec);
  const rows = await listNsfForExport(params.filters);
  async function* pages() {
    yield rows.map((r) => [r.code, r.libelle, nsfNiveauLabels[r.niveau] ?? r.niveau, r.parentCode]);
  }
  return csvResponse(exportFileName("nsf-ceres"), ["Code", "Libellé", "Niveau", "Rattaché à"], pages());
}
