"use client";

import { plural } from "@/components/import/ImportCounts";
import type { ActionLabels, OutcomeColumn } from "@/components/import/ImportOutcomeTable";
import { LineImportFlow } from "@/components/import/LineImportFlow";
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
  return (
    <LineImportFlow
      label="Fichier des habilitations (CSV)"
      maxBytes={maxBytes}
      tooLarge={(mb) => `Le fichier dépasse ${mb} Mo : découpez-le.`}
      preview={previewJuresImportAction}
      apply={applyJuresImportAction}
      writes={(p) => p.summary.creations + p.summary.ajouts}
      nothingToApply="Rien à appliquer : toutes les lignes sont inchangées ou rejetées."
      counts={counts}
      columns={columns}
      actions={actions}
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
