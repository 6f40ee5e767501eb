"use client";

import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useMemo, useState } from "react";
import { statutLabels } from "@/lib/agrements/transitions";
import type { LineOutcome } from "@/lib/agrements/valce/plan";

const PAGE = 50;

const actions: Record<LineOutcome["action"], { label: string; severity: "success" | "info" | "error" | "new" }> = {
  creation: { label: "Création", severity: "success" },
  mise_a_jour: { label: "Mise à jour", severity: "info" },
  inchange: { label: "Inchangé", severity: "new" },
  rejet: { label: "Rejet", severity: "error" },
};

const filters = [
  { value: "toutes", label: "Toutes les lignes", keep: () => true },
  { value: "rejet", label: "Lignes rejetées", keep: (o: LineOutcome) => o.action === "rejet" },
  { value: "ecriture", label: "Créations et mises à jour", keep: (o: LineOutcome) => o.action === "creation" || o.action === "mise_a_jour" },
  { value: "avertissement", label: "Lignes avec un avertissement", keep: (o: LineOutcome) => o.warnings.length > 0 },
  { value: "inchange", label: "Lignes inchangées", keep: (o: LineOutcome) => o.action === "inchange" },
] as const;

function Detail({ outcome }: { outcome: LineOutcome }) {
  const items = [
    ...outcome.reasons.map((text) => ({ text, className: "fr-error-text fr-mt-0" })),
    ...outcome.changes.map((text) => ({ text, className: "fr-text--sm fr-mb-0" })),
    ...outcome.warnings.map((text) => ({ text, className: "fr-text--sm fr-mb-0 ceres-warning" })),
  ];
  if (items.length === 0) return <span className="fr-text--sm">Identique à CERES</span>;
  return (
    <ul className="ceres-detail">
      {items.map((item, i) => (
        <li key={i} className={item.className}>
          {item.text}
        </li>
      ))}
    </ul>
  );
}

/** Every line of the dry run, filtered and paged in the browser (a VALCE export has at most a few 10^4 lines). */
export function ValceOutcomeTable({ outcomes }: { outcomes: LineOutcome[] }) {
  const [filter, setFilter] = useState<(typeof filters)[number]["value"]>(outcomes.some((o) => o.action === "rejet") ? "rejet" : "toutes");
  const [page, setPage] = useState(0);
  const shown = useMemo(() => outcomes.filter(filters.find((f) => f.value === filter)!.keep), [outcomes, filter]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const rows = shown.slice(page * PAGE, (page + 1) * PAGE);
  const count = (f: (typeof filters)[number]) => outcomes.filter(f.keep).length;

  return (
    <div>
      <div className="ceres-table-toolbar">
        <Select
          label="Afficher"
          nativeSelectProps={{
            value: filter,
            onChange: (e) => {
              setFilter(e.target.value as typeof filter);
              setPage(0);
            },
          }}
        >
          {filters.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label} ({count(f).toLocaleString("fr-FR")})
            </option>
          ))}
        </Select>
        <p className="fr-mb-0" role="status" aria-live="polite">
          {shown.length === 0 ? "Aucune ligne" : `Lignes ${(page * PAGE + 1).toLocaleString("fr-FR")}–${(page * PAGE + rows.length).toLocaleString("fr-FR")} sur ${shown.length.toLocaleString("fr-FR")}`}
        </p>
      </div>
      <div className="fr-table fr-table--multiline fr-table--no-caption fr-mt-2w">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Résultat de la simulation, ligne par ligne</caption>
                <thead>
                  <tr>
                    <th scope="col">Ligne</th>
                    <th scope="col">Identifiant VALCE</th>
                    <th scope="col">Centre</th>
                    <th scope="col">Titre</th>
                    <th scope="col">Décision</th>
                    <th scope="col">Résultat</th>
                    <th scope="col" className="ceres-col-detail">
                      Détail
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((o) => (
                    <tr key={o.line} data-row-key={o.line}>
                      <td>{o.line}</td>
                      <td className="ceres-nowrap">{o.identifiant || "—"}</td>
                      <td>
                        {o.raisonSociale || "—"}
                        <br />
                        <span className="fr-text--xs ceres-nowrap">SIRET {o.siret || "—"}</span>
                      </td>
                      <td>{o.titre}</td>
                      <td>{o.statut ? statutLabels[o.statut] : "—"}</td>
                      <td>
                        <Badge severity={actions[o.action].severity} small noIcon as="span">
                          {actions[o.action].label}
                        </Badge>
                      </td>
                      <td className="ceres-col-detail">
                        <Detail outcome={o} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      {pages > 1 && (
        <ul className="fr-btns-group fr-btns-group--inline-sm" aria-label="Pages du résultat">
          <li>
            <Button priority="secondary" size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Page précédente
            </Button>
          </li>
          <li>
            <Button priority="secondary" size="small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
              Page suivante
            </Button>
          </li>
        </ul>
      )}
    </div>
  );
}
