import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TableFilters, type FilterField } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { attenteLabel } from "@/lib/resultats/affichage";
import { listSessionsAValider, validationQueueSpec } from "@/lib/resultats/validation-queue";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { listTerritoryOptions } from "@/lib/users/queries";
import { ValidationsTable } from "./_components/ValidationsTable";

export const metadata: Metadata = { title: "Sessions à valider" };

/** The UD's queue (DREETS: its région, national: all): transmitted sessions, the longest waiting first. */
export default async function ValidationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (user.role === "centre") notFound();
  const params = parseListParams(await searchParams, validationQueueSpec);
  const [{ rows, total, totalIsLowerBound }, territories] = await Promise.all([listSessionsAValider(user, params), listTerritoryOptions()]);
  const now = new Date();
  const departements = territories.departements.filter((d) => user.role === "national" || (!user.departementCode && d.regionCode === user.regionCode));
  const fields: FilterField[] = departements.length
    ? [{ type: "select", name: "departement", label: "Département", options: departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` })) }]
    : [];
  return (
    <>
      <h1>Sessions à valider</h1>
      <p className="fr-hint-text">
        Les sessions dont le centre a transmis les résultats, la plus ancienne en attente d&apos;abord. Ouvrez une session pour relire ses résultats, puis validez-la
        ou renvoyez-la au centre avec un motif.
      </p>
      {fields.length > 0 && <TableFilters action="/validations" values={params.filters} keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }} fields={fields} />}
      <ValidationsTable rows={rows.map((r) => ({ ...r, attente: attenteLabel(r.transmiseAt, now) }))} total={total} totalIsLowerBound={totalIsLowerBound} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
