import Link from "next/link";
import { communeKindLabels, periodLabel } from "@/lib/communes/labels";
import type { CommuneHistoryEntry, CommuneWithHistory } from "@/lib/communes/queries";

const relationLabels: Record<CommuneHistoryEntry["relation"], string> = {
  meme_code: "Même code",
  predecesseur: "Prédécesseur",
  successeur: "Successeur",
};

/** "Commune", or the parent phrase when there is one: "Commune déléguée de Culoz-Béon". */
function natureOf(row: { kind: CommuneHistoryEntry["kind"]; parent: string | null }): string {
  return row.parent ? row.parent.charAt(0).toUpperCase() + row.parent.slice(1) : communeKindLabels[row.kind];
}

export function communeHref(row: { code: string; validFrom: string; kind: string }): string {
  return `/referentiels/communes?${new URLSearchParams({ code: row.code, depuis: row.validFrom, nature: row.kind })}`;
}

/** The chosen commune row, then every row linked to it over time. */
export function CommuneDetails({ commune }: { commune: CommuneWithHistory }) {
  const { selected, history } = commune;
  const facts: [string, string][] = [
    ["Nature", natureOf(selected)],
    ["Code INSEE", selected.code],
    ["Département", `${selected.departementNom} (${selected.departementCode})`],
    ["Codes postaux", selected.postalCodes.join(", ") || "—"],
    ["Période de validité", periodLabel(selected.validFrom, selected.validTo, selected.endPrecision)],
    ...(selected.population !== null ? [["Population", `${selected.population.toLocaleString("fr-FR")} habitants`] as [string, string]] : []),
    ...(selected.status ? [["Évolution", selected.status] as [string, string]] : []),
  ];
  return (
    <section aria-labelledby="titre-commune" className="fr-mb-6w" data-testid="fiche-commune">
      <h2 id="titre-commune" className="fr-h3">
        {selected.nom}
        {selected.status && <span className="fr-badge fr-badge--warning fr-badge--no-icon fr-ml-2w">N&apos;existe plus</span>}
      </h2>
      <dl className="ceres-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="fr-h5 fr-mt-4w">Historique de la commune</h3>
      {history.length <= 1 ? (
        <p>Aucune évolution connue depuis 1943 pour ce code.</p>
      ) : (
        <div className="fr-table fr-table--no-caption">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>Historique de la commune {selected.nom}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Nom</th>
                      <th scope="col">Code INSEE</th>
                      <th scope="col">Nature</th>
                      <th scope="col">Période</th>
                      <th scope="col">Évolution</th>
                      <th scope="col">Lien</th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.map((row) => (
                      <tr key={row.id} aria-current={row.id === selected.id ? "true" : undefined}>
                        <td>{row.id === selected.id ? <strong>{row.nom}</strong> : <Link href={communeHref(row)}>{row.nom}</Link>}</td>
                        <td>{row.code}</td>
                        <td className="fr-cell--multiline">{natureOf(row)}</td>
                        <td>{periodLabel(row.validFrom, row.validTo, row.endPrecision)}</td>
                        <td className="fr-cell--multiline">{row.status ?? "—"}</td>
                        <td>{relationLabels[row.relation]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
