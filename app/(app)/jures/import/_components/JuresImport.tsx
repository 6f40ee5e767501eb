"use client";

import { ImportCounts, plural } from "@/components/import/ImportCounts";
import { ImportFlow } from "@/components/import/ImportFlow";
import { ImportOutcomeTable, type ActionLabels, type OutcomeColumn } from "@/components/import/ImportOutcomeTable";
import type { ImportOutcome, JuresImportSummary } from "@/lib/jures/import/plan";
import { applyJuresImportAction, previewJuresImportAction } from "../actions";

const actions: ActionLabels = {
  creation: { label: "Nouveau juré", severity: "new" },
  ajout: { label: "Ajout", severity: "info" },
  inchange: { label: "Inchangée", severity: "success" },
  rejet: { label: "Rejetée", severity: "error" },
};

const columns: OutcomeColumn<ImportOutcome>[] = [
  { header: "Juré", cell: (o) => o.identite, className: "fr-cell--multiline" },
  { header: "Titre", cell: (o) => o.titre },
  { header: "Période", cell: (o) => o.periode, className: "ceres-nowrap" },
];

const counts = (s: JuresImportSummary) => [
  { label: "Nouveaux jurés", value: s.creations, tone: "creation" as const },
  { label: "Ajouts à des jurés", value: s.ajouts, tone: "maj" as const },
  { label: "Inchangées", value: s.inchangees, tone: "inchange" as const },
  { label: "Rejetées", value: s.rejets, tone: "rejet" as const },
];

export function JuresImport({ maxBytes }: { maxBytes: number }) {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return (
    <ImportFlow
      label="Fichier des habilitations (CSV)"
      hint={`Format CSV, séparateur point-virgule, UTF-8 ou Windows-1252, ${mb} Mo au plus.`}
      maxBytes={maxBytes}
      tooLarge={`Le fichier dépasse ${mb} Mo : découpez-le.`}
      preview={previewJuresImportAction}
      apply={applyJuresImportAction}
      writes={(p) => p.summary.creations + p.summary.ajouts}
      nothingToApply="Rien à appliquer : toutes les lignes sont inchangées ou rejetées."
      showPreview={(p) => (
        <>
          <p className="fr-text--sm">Encodage détecté : {p.encoding}. Rien n&apos;a encore été modifié.</p>
          <ImportCounts items={counts(p.summary)} testId="import-compte" total={p.summary.total} />
        </>
      )}
      outcomes={(p) => <ImportOutcomeTable outcomes={p.outcomes} columns={columns} actions={actions} />}
      confirmation={({ summary: s }) => (
        <p>
          {plural(s.creations, "nouveau juré", "nouveaux jurés")} et {plural(s.ajouts, "ajout à un juré existant", "ajouts à des jurés existants")} seront
          enregistrés, comme la simulation les montre.
          {s.rejets > 0 && ` ${plural(s.rejets, "ligne rejetée ne sera pas importée", "lignes rejetées ne seront pas importées")}.`} Chaque écriture figurera dans
          l&apos;historique du juré ou de l&apos;habilitation concernés.
        </p>
      )}
      showApplied={(s) => (
        <p>
          {plural(s.creations, "nouveau juré", "nouveaux jurés")}, {plural(s.ajouts, "ajout", "ajouts")}, {plural(s.inchangees, "ligne inchangée", "lignes inchangées")},{" "}
          {plural(s.rejets, "ligne rejetée", "lignes rejetées")} (non importées).
        </p>
      )}
      list={{ href: "/jures", label: "Voir la liste des jurés" }}
    />
  );
}
