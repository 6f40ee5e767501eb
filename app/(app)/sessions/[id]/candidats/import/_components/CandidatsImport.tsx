"use client";

import { plural } from "@/components/import/ImportCounts";
import type { ActionLabels, OutcomeColumn } from "@/components/import/ImportOutcomeTable";
import { LineImportFlow } from "@/components/import/LineImportFlow";
import type { CandidatImportOutcome, CandidatsImportSummary } from "@/lib/candidats/import/session-import";
import { applyCandidatsImportAction, previewCandidatsImportAction } from "../actions";

const actions: ActionLabels = {
  reprise: { label: "Fiche existante réutilisée", severity: "info" },
  creation: { label: "Nouvelle fiche", severity: "new" },
  a_verifier: { label: "Fiche proche à vérifier", severity: "info" },
  inchange: { label: "Déjà inscrit", severity: "success" },
  rejet: { label: "Rejetée", severity: "error" },
};

const columns: OutcomeColumn<CandidatImportOutcome>[] = [
  { header: "Candidat", cell: (o) => o.identite, className: "fr-cell--multiline" },
  { header: "Parcours", cell: (o) => o.parcours },
];

const counts = (s: CandidatsImportSummary) => [
  { label: "Fiches existantes réutilisées", value: s.reprise, tone: "maj" as const },
  { label: "Nouvelles fiches", value: s.creation, tone: "creation" as const },
  { label: "Fiches proches à vérifier", value: s.a_verifier, tone: "inchange" as const },
  { label: "Déjà inscrits", value: s.inchange, tone: "inchange" as const },
  { label: "Rejetées", value: s.rejet, tone: "rejet" as const },
];

/** A session's candidates from a CSV: the kit's upload, dry run line by line, confirmation and apply. */
export function CandidatsImport({ sessionId, maxBytes }: { sessionId: string; maxBytes: number }) {
  return (
    <LineImportFlow
      label="Fichier des candidats (CSV)"
      columnsHint="Colonnes : civilite, nom_naissance, prenoms, date_naissance, parcours, commune_naissance_code ou pays_naissance_code et ville_naissance…"
      maxBytes={maxBytes}
      tooLarge={(mb) => `Le fichier dépasse ${mb} Mo : découpez-le en plusieurs fichiers.`}
      preview={(form) => {
        form.set("sessionId", sessionId);
        return previewCandidatsImportAction(form);
      }}
      apply={(form) => {
        form.set("sessionId", sessionId);
        return applyCandidatsImportAction(form);
      }}
      writes={(p) => p.summary.reprise + p.summary.creation}
      nothingToApply="Rien à appliquer : aucune ligne n'inscrit de candidat."
      counts={counts}
      columns={columns}
      actions={actions}
      confirmation={({ summary: s }) => (
        <p>
          {plural(s.reprise, "fiche existante sera inscrite", "fiches existantes seront inscrites")} et {plural(s.creation, "nouvelle fiche sera créée", "nouvelles fiches seront créées")} et inscrites.
          {s.a_verifier > 0 && ` ${plural(s.a_verifier, "ligne proche d'une fiche existante n'est pas importée", "lignes proches de fiches existantes ne sont pas importées")} : vérifiez-les depuis l'onglet Candidats.`}
        </p>
      )}
      showApplied={(s) => (
        <p>
          {plural(s.reprise, "fiche existante inscrite", "fiches existantes inscrites")}, {plural(s.creation, "nouvelle fiche", "nouvelles fiches")}, {plural(s.a_verifier, "ligne à vérifier", "lignes à vérifier")},{" "}
          {plural(s.rejet, "ligne rejetée", "lignes rejetées")}.
        </p>
      )}
      list={{ href: `/sessions/${sessionId}/candidats`, label: "Voir les candidats de la session" }}
    />
  );
}
