"use client";

import { ImportCounts, plural } from "@/components/import/ImportCounts";
import { ImportFlow } from "@/components/import/ImportFlow";
import { ImportOutcomeTable, type ActionLabels, type OutcomeColumn } from "@/components/import/ImportOutcomeTable";
import type { ImportSummary, LineOutcome } from "@/lib/titres/import/plan";
import { applyImportAction, previewImportAction } from "../actions";

const actions: ActionLabels = {
  creation: { label: "Création", severity: "new" },
  mise_a_jour: { label: "Mise à jour", severity: "info" },
  inchange: { label: "Inchangée", severity: "success" },
  rejet: { label: "Rejetée", severity: "error" },
};

const columns: OutcomeColumn<LineOutcome>[] = [
  { header: "Code", cell: (o) => o.code, className: "ceres-nowrap" },
  { header: "Version", cell: (o) => o.version },
];

const counts = (s: ImportSummary) => [
  { label: "Créations", value: s.creations, tone: "creation" as const },
  { label: "Mises à jour", value: s.misesAJour, tone: "maj" as const },
  { label: "Inchangées", value: s.inchangees, tone: "inchange" as const },
  { label: "Rejetées", value: s.rejets, tone: "rejet" as const },
];

export function TitresImport({ maxBytes }: { maxBytes: number }) {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return (
    <ImportFlow
      label="Fichier des titres (CSV)"
      hint={`Format CSV UTF-8, séparateur virgule, ${mb} Mo au plus.`}
      maxBytes={maxBytes}
      tooLarge={`Le fichier dépasse ${mb} Mo : découpez-le.`}
      preview={previewImportAction}
      apply={applyImportAction}
      writes={(p) => p.summary.creations + p.summary.misesAJour}
      nothingToApply="Rien à appliquer : toutes les lignes sont inchangées ou rejetées."
      showPreview={(p) => <ImportCounts items={counts(p.summary)} testId="import-compte" total={p.summary.total} />}
      outcomes={(p) => <ImportOutcomeTable outcomes={p.outcomes} columns={columns} actions={actions} />}
      confirmation={({ summary: s }) => (
        <p>
          {plural(s.creations, "création", "créations")} et {plural(s.misesAJour, "mise à jour", "mises à jour")} seront enregistrées, comme la simulation les
          montre.
          {s.rejets > 0 && ` ${plural(s.rejets, "ligne rejetée ne sera pas importée", "lignes rejetées ne seront pas importées")}.`} Chaque modification figurera
          dans l&apos;historique du titre concerné.
        </p>
      )}
      showApplied={(s) => (
        <p>
          {plural(s.creations, "création", "créations")}, {plural(s.misesAJour, "mise à jour", "mises à jour")}, {plural(s.inchangees, "ligne inchangée", "lignes inchangées")},{" "}
          {plural(s.rejets, "ligne rejetée", "lignes rejetées")} (non importées).
        </p>
      )}
      list={{ href: "/titres", label: "Voir la liste des titres" }}
    />
  );
}
