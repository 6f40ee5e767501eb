import type { Metadata } from "next";
import Link from "next/link";
import { TableFilters } from "@/components/data-table/TableFilters";
import { reseauxCentre, typesCentre } from "@/lib/centres/constants";
import { requireRole } from "@/lib/auth/auth-session";
import { centreListSpec, listCentresForUser, TYPE_NON_RENSEIGNE } from "@/lib/centres/list-query";
import { listTitreOptions } from "@/lib/centres/options";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { listTerritoryOptions } from "@/lib/users/queries";
import { CentresTable } from "./_components/CentresTable";

export const metadata: Metadata = { title: "Centres" };

export default async function CentresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("national", "regional");
  const params = parseListParams(await searchParams, centreListSpec);
  const [{ rows, total }, territories, titres] = await Promise.all([listCentresForUser(user, params), listTerritoryOptions(), listTitreOptions()]);
  const regions = user.role === "national" ? territories.regions : territories.regions.filter((r) => r.code === user.regionCode);
  const departements = territories.departements.filter((d) => regions.some((r) => r.code === d.regionCode));
  return (
    <>
      <div className="ceres-table-toolbar fr-mb-2w">
        <h1 className="fr-mb-0">Centres</h1>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/centres/nouveau">
          Créer un centre
        </Link>
      </div>
      <TableFilters
        action="/centres"
        values={params.filters}
        keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
        fields={[
          { type: "search", name: "q", label: "Raison sociale ou SIRET" },
          ...(user.role === "national" ? [{ type: "select" as const, name: "region", label: "Région", options: regions.map((r) => ({ value: r.code, label: r.nom })) }] : []),
          { type: "select", name: "departement", label: "Département", options: departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` })) },
          { type: "select", name: "type", label: "Type", options: [...typesCentre.map((t) => ({ value: t, label: t })), { value: TYPE_NON_RENSEIGNE, label: "Non renseigné (-)" }] },
          { type: "select", name: "reseau", label: "Réseau", options: reseauxCentre.map((r) => ({ value: r, label: r })) },
          { type: "select", name: "validAgrementTitreId", label: "Agrément valide pour le titre", options: titres.map((t) => ({ value: t.id, label: `${t.code} — ${t.intitule}` })) },
        ]}
      />
      <CentresTable rows={rows} total={total} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
