import type { Metadata } from "next";
import { TableFilters } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { listNsf, nsfListSpec, nsfNiveauLabels } from "@/lib/nsf/queries";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { NsfTable } from "./_components/NsfTable";

export const metadata: Metadata = { title: "Nomenclature NSF" };

export default async function NsfPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const params = parseListParams(await searchParams, nsfListSpec);
  const { rows, total } = await listNsf(params);
  return (
    <>
      <h1>Nomenclature des spécialités de formation (NSF)</h1>
      <p className="fr-mb-4w">
        La nomenclature de 1994 (code de l&apos;éducation, article D311-4) : domaines, groupes de spécialités à trois chiffres et spécialités
        (groupe suivi d&apos;une lettre de fonction, par exemple 330t). Le code NSF d&apos;un titre est imprimé sur son parchemin.
      </p>
      <TableFilters
        action="/referentiels/nsf"
        values={params.filters}
        keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
        fields={[
          { type: "search", name: "q", label: "Code ou libellé" },
          { type: "select", name: "niveau", label: "Niveau", options: Object.entries(nsfNiveauLabels).map(([value, label]) => ({ value, label })) },
        ]}
      />
      <NsfTable rows={rows} total={total} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
