import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TableFilters } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { formatIsoDate } from "@/lib/dates";
import { resolveConvocationCriteria } from "@/lib/jures/convocation-criteria";
import { convocationListSpec, queryConvocationList } from "@/lib/jures/convocation-query";
import { listDepartementOptions, listTitreVersionOptions } from "@/lib/jures/queries";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { ConvocationTable } from "./_components/ConvocationTable";
import { CriteriaForm } from "./_components/CriteriaForm";

export const metadata: Metadata = { title: "Liste des jurés à convoquer" };

export default async function ConvocationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = await searchParams;
  const resolved = await resolveConvocationCriteria(user, query);
  if (resolved.state === "introuvable") notFound();
  const submitted = Boolean(query.version || query.siret || query.du);
  const params = parseListParams(query, convocationListSpec);
  const [versions, departements, list] = await Promise.all([
    listTitreVersionOptions(undefined, user.role === "centre" ? { agreedForCentreId: user.centreId } : {}),
    listDepartementOptions(),
    resolved.state === "pret" ? queryConvocationList(user, resolved.criteria, params) : null,
  ]);
  // A centre without a valid agrément for this version and these dates has no list to see (R1): 404.
  if (resolved.state === "pret" && !list) notFound();
  const { form } = resolved;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Jurés à convoquer"
        segments={[{ label: "Accueil", linkProps: { href: "/" } }, ...(user.role === "centre" ? [] : [{ label: "Jurés", linkProps: { href: "/jures" } }])]}
      />
      <h1>Liste des jurés à convoquer</h1>
      <p>
        Les jurés habilités pour cette version du titre, avec pour chacun son éligibilité à la session : habilité sur tous les jours
        de la session (prolongation du titre comprise), sans lien avec le centre, sans autre convocation ces jours-là. Un jury compte au moins
        deux jurés habilités.
      </p>
      <CriteriaForm
        values={form}
        errors={submitted && resolved.state === "incomplet" ? resolved.errors : {}}
        versions={versions}
        centre={user.role === "centre" && resolved.state === "pret" ? resolved.centre : null}
      />
      {resolved.state === "pret" && list && (
        <section aria-labelledby="titre-liste">
          <h2 id="titre-liste" className="fr-h4">
            Session du {formatIsoDate(resolved.criteria.debut)} au {formatIsoDate(resolved.criteria.fin)} — {resolved.versionLabel}
            <span className="fr-text--md fr-text--regular"> — {resolved.centre.raisonSociale}</span>
          </h2>
          <TableFilters
            action="/jures/a-convoquer"
            values={params.filters}
            keep={{ version: form.version, du: form.du, au: form.au, siret: user.role === "centre" ? undefined : form.siret, tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
            fields={[
              { type: "search", name: "q", label: "Nom ou prénom" },
              { type: "select", name: "departement", label: "Département de résidence", options: departements.map((d) => ({ value: d.value, label: d.label })) },
            ]}
          />
          <ConvocationTable
            rows={list.rows}
            total={list.total}
            eligibles={list.eligibles}
            page={params.page}
            pageSize={params.pageSize}
            sort={params.sort}
            dir={params.dir}
            session={{ debut: resolved.criteria.debut, fin: resolved.criteria.fin }}
            showBirthDate={user.role !== "centre"}
          />
        </section>
      )}
    </>
  );
}
