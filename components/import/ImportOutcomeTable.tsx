"use client";

import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useMemo, useState, type ReactNode } from "react";
import { Pager } from "@/components/data-table/Pager";

/** One line of a dry run, as every import describes it. */
export type ImportOutcome = { line: number; action: string; reasons: string[]; changes: string[]; warnings: string[] };
export type OutcomeColumn<O> = { header: string; cell: (outcome: O) => ReactNode; className?: string };
export type ActionLabels = Record<string, { label: string; severity: "new" | "info" | "success" | "error" }>;

const PAGE = 50;
const unchanged = (o: ImportOutcome) => o.action === "inchange";
const rejected = (o: ImportOutcome) => o.action === "rejet";

const filters = [
  { value: "toutes", label: "Toutes les lignes", keep: () => true },
  { value: "rejet", label: "Lignes rejetées", keep: rejected },
  { value: "ecriture", label: "Lignes qui écrivent", keep: (o: ImportOutcome) => !rejected(o) && !unchanged(o) },
  { value: "avertissement", label: "Lignes avec un avertissement", keep: (o: ImportOutcome) => o.warnings.length > 0 },
  { value: "inchange", label: "Lignes inchangées", keep: unchanged },
] as const;
type Filter = (typeof filters)[number]["value"];

function Detail({ outcome }: { outcome: ImportOutcome }) {
  const items = [
    ...outcome.reasons.map((text) => ({ text, className: "fr-error-text fr-mt-0" })),
    ...outcome.changes.map((text) => ({ text, className: "fr-text--sm fr-mb-0" })),
    ...outcome.warnings.map((text) => ({ text: `Attention : ${text}`, className: "fr-text--sm fr-mb-0 ceres-warning" })),
  ];
  if (items.length === 0) return <>—</>;
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

/**
 * Every line of a dry run, filtered and paged in the browser (a file has at most a few 10^4 lines). With
 * `rejectedFirst`, a dry run that rejects lines opens on them.
 */
export function ImportOutcomeTable<O extends ImportOutcome>({ outcomes, columns, actions, rejectedFirst = false }: { outcomes: O[]; columns: OutcomeColumn<O>[]; actions: ActionLabels; rejectedFirst?: boolean }) {
  const [filter, setFilter] = useState<Filter>(rejectedFirst && outcomes.some(rejected) ? "rejet" : "toutes");
  const [page, setPage] = useState(0);
  const shown = useMemo(() => outcomes.filter(filters.find((f) => f.value === filter)!.keep), [outcomes, filter]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const rows = shown.slice(page * PAGE, (page + 1) * PAGE);
  const n = (value: number) => value.toLocaleString("fr-FR");

  return (
    <div>
      <div className="ceres-table-toolbar">
        <Select
          label="Afficher"
          nativeSelectProps={{
            value: filter,
            onChange: (e) => {
              setFilter(e.target.value as Filter);
              setPage(0);
            },
          }}
        >
          {filters.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label} ({n(outcomes.filter(f.keep).length)})
            </option>
          ))}
        </Select>
        <p className="fr-mb-0" role="status" aria-live="polite">
          {shown.length === 0 ? "Aucune ligne" : `Lignes ${n(page * PAGE + 1)}–${n(page * PAGE + rows.length)} sur ${n(shown.length)}`}
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
                    {columns.map((c) => (
                      <th key={c.header} scope="col">
                        {c.header}
                      </th>
                    ))}
                    <th scope="col">Résultat</th>
                    <th scope="col" className="ceres-col-detail">
                      Détail
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((o) => (
                    <tr key={o.line} data-ligne={o.line}>
                      <td>{o.line}</td>
                      {columns.map((c) => (
                        <td key={c.header} className={c.className}>
                          {c.cell(o)}
                        </td>
                      ))}
                      <td>
                        <Badge severity={actions[o.action]?.severity ?? "info"} small noIcon as="span">
                          {actions[o.action]?.label ?? o.action}
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
        <div className="fr-mt-2w">
          <Pager page={page + 1} pageCount={pages} onChange={(n) => setPage(n - 1)} />
        </div>
      )}
    </div>
  );
}
