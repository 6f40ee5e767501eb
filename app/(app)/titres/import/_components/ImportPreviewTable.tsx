import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ImportSummary, LineOutcome } from "@/lib/titres/import/plan";

const actions: Record<LineOutcome["action"], { label: string; severity: "new" | "info" | "success" | "error" }> = {
  creation: { label: "Création", severity: "new" },
  mise_a_jour: { label: "Mise à jour", severity: "info" },
  inchange: { label: "Inchangée", severity: "success" },
  rejet: { label: "Rejetée", severity: "error" },
};

function Details({ outcome }: { outcome: LineOutcome }) {
  const items = [
    ...outcome.reasons.map((text) => ({ text, kind: "reason" as const })),
    ...outcome.changes.map((text) => ({ text, kind: "change" as const })),
    ...outcome.warnings.map((text) => ({ text, kind: "warning" as const })),
  ];
  if (items.length === 0) return <>—</>;
  return (
    <ul className="fr-mb-0 ceres-outcome">
      {items.map((item, i) => (
        <li key={i} className={item.kind === "reason" ? "fr-error-text fr-mt-0" : item.kind === "warning" ? "fr-text--sm ceres-prompt" : undefined}>
          {item.kind === "warning" && "Attention : "}
          {item.text}
        </li>
      ))}
    </ul>
  );
}

/** The dry run, line by line, with its counts. */
export function ImportPreviewTable({ outcomes, summary }: { outcomes: LineOutcome[]; summary: ImportSummary }) {
  const counts = [
    { label: "Créations", value: summary.creations },
    { label: "Mises à jour", value: summary.misesAJour },
    { label: "Inchangées", value: summary.inchangees },
    { label: "Rejetées", value: summary.rejets },
  ];
  return (
    <>
      <ul className="ceres-counts fr-mb-3w" data-testid="import-compte" aria-label={`${summary.total} lignes lues`}>
        {counts.map((c) => (
          <li key={c.label}>
            <span className="fr-h4 fr-mb-0">{c.value.toLocaleString("fr-FR")}</span> {c.label}
          </li>
        ))}
      </ul>
      <div className="fr-table fr-table--no-caption">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Résultat de la simulation, ligne par ligne</caption>
                <thead>
                  <tr>
                    <th scope="col">Ligne</th>
                    <th scope="col">Code</th>
                    <th scope="col">Version</th>
                    <th scope="col">Action</th>
                    <th scope="col">Détail</th>
                  </tr>
                </thead>
                <tbody>
                  {outcomes.map((o) => (
                    <tr key={o.line} data-ligne={o.line}>
                      <td>{o.line}</td>
                      <td className="ceres-nowrap">{o.code}</td>
                      <td>{o.version}</td>
                      <td>
                        <Badge severity={actions[o.action].severity} small noIcon>
                          {actions[o.action].label}
                        </Badge>
                      </td>
                      <td className="fr-cell--multiline fr-col--md">
                        <Details outcome={o} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
