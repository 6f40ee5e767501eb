import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ImportOutcome, summarize } from "@/lib/jures/import/plan";

const actions: Record<ImportOutcome["action"], { label: string; severity: "new" | "info" | "success" | "error" }> = {
  creation: { label: "Nouveau juré", severity: "new" },
  ajout: { label: "Ajout", severity: "info" },
  inchange: { label: "Inchangée", severity: "success" },
  rejet: { label: "Rejetée", severity: "error" },
};

/** The dry run, line by line, with its counts. */
export function ImportPreviewTable({ outcomes, summary }: { outcomes: ImportOutcome[]; summary: ReturnType<typeof summarize> }) {
  const counts = [
    { label: "Nouveaux jurés", value: summary.creations },
    { label: "Ajouts à des jurés", value: summary.ajouts },
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
                    <th scope="col">Juré</th>
                    <th scope="col">Titre</th>
                    <th scope="col">Période</th>
                    <th scope="col">Issue</th>
                    <th scope="col">Détail</th>
                  </tr>
                </thead>
                <tbody>
                  {outcomes.map((o) => (
                    <tr key={o.line} data-ligne={o.line}>
                      <td>{o.line}</td>
                      <td className="fr-cell--multiline">{o.identite}</td>
                      <td>{o.titre}</td>
                      <td className="ceres-nowrap">{o.periode}</td>
                      <td>
                        <Badge severity={actions[o.action].severity} small noIcon>
                          {actions[o.action].label}
                        </Badge>
                      </td>
                      <td className="fr-cell--multiline fr-col--md">
                        <ul className="fr-mb-0 ceres-outcome">
                          {o.reasons.map((r) => (
                            <li key={r} className="fr-error-text fr-mt-0">
                              {r}
                            </li>
                          ))}
                          {o.details.map((d) => (
                            <li key={d}>{d}</li>
                          ))}
                          {o.warnings.map((w) => (
                            <li key={w} className="fr-text--sm ceres-prompt">
                              Attention : {w}
                            </li>
                          ))}
                        </ul>
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
