import type { Metadata } from "next";
import { TableFilters } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { departementListSpec, listDepartements, listRegions } from "@/lib/territoires/queries";
import { DepartementsTable } from "./_components/DepartementsTable";

export const metadata: Metadata = { title: "Régions et départements" };

export default async function TerritoiresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = parseListParams(await searchParams, departementListSpec);
  const [{ rows, total }, regions] = await Promise.all([listDepartements(user, params), listRegions()]);
  return (
    <>
      <h1>Régions et départements</h1>
      <p className="fr-mb-4w">
        Les 18 régions et 101 départements, et pour chaque département la commune de son unité départementale (UD) : c&apos;est le lieu de
        délivrance imprimé sur les parchemins des sessions que l&apos;UD valide.
      </p>
      <TableFilters
        action="/referentiels/territoires"
        values={params.filters}
        keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
        fields={[
          { type: "search", name: "q", label: "Département, code ou commune de l'UD" },
          { type: "select", name: "region", label: "Région", options: regions.map((r) => ({ value: r.code, label: r.nom })) },
        ]}
      />
      <DepartementsTable rows={rows} total={total} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
