"use client";

import { ImportCounts, type CountItem } from "./ImportCounts";
import { ImportFlow, type ImportFlowProps } from "./ImportFlow";
import { ImportOutcomeTable, type ActionLabels, type ImportOutcome, type OutcomeColumn } from "./ImportOutcomeTable";

/** A dry run read from a CSV file: its encoding, its counts, and one outcome per line. */
export type LineImportPreview<O extends ImportOutcome, Sum extends { total: number }> = { digest: string; encoding: string; summary: Sum; outcomes: O[] };

export type LineImportFlowProps<O extends ImportOutcome, Sum extends { total: number }, P extends LineImportPreview<O, Sum>, S> = Omit<
  ImportFlowProps<P, S>,
  "hint" | "tooLarge" | "showPreview" | "outcomes"
> & {
  /** After the format line: what the file must hold (its columns…). */
  columnsHint?: string;
  tooLarge: (mb: number) => string;
  counts: (summary: Sum) => CountItem[];
  columns: OutcomeColumn<O>[];
  actions: ActionLabels;
};

/** The kit's flow for a CSV import shown line by line: the format hint, the encoding and counts, the outcome table. */
export function LineImportFlow<O extends ImportOutcome, Sum extends { total: number }, P extends LineImportPreview<O, Sum>, S>({
  columnsHint,
  tooLarge,
  counts,
  columns,
  actions,
  ...flow
}: LineImportFlowProps<O, Sum, P, S>) {
  const mb = Math.round(flow.maxBytes / 1024 / 1024);
  return (
    <ImportFlow
      {...flow}
      hint={`Format CSV, séparateur point-virgule, UTF-8 ou Windows-1252, ${mb} Mo au plus.${columnsHint ? ` ${columnsHint}` : ""}`}
      tooLarge={tooLarge(mb)}
      showPreview={(p) => (
        <>
          <p className="fr-text--sm">Encodage détecté : {p.encoding}. Rien n&apos;a encore été modifié.</p>
          <ImportCounts items={counts(p.summary)} testId="import-compte" total={p.summary.total} />
        </>
      )}
      outcomes={(p) => <ImportOutcomeTable outcomes={p.outcomes} columns={columns} actions={actions} />}
    />
  );
}
