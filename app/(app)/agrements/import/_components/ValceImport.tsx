"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ImportCounts, plural } from "@/components/import/ImportCounts";
import { ImportFlow } from "@/components/import/ImportFlow";
import { ImportOutcomeTable, type ActionLabels, type OutcomeColumn } from "@/components/import/ImportOutcomeTable";
import { statutLabels } from "@/lib/agrements/transitions";
import type { LineOutcome, ValceSummary } from "@/lib/agrements/valce/plan";
import { applyValceAction, previewValceAction } from "../actions";

const actions: ActionLabels = {
  creation: { label: "Création", severity: "success" },
  mise_a_jour: { label: "Mise à jour", severity: "info" },
  inchange: { label: "Inchangé", severity: "new" },
  rejet: { label: "Rejet", severity: "error" },
};

const columns: OutcomeColumn<LineOutcome>[] = [
  { header: "Identifiant VALCE", cell: (o) => o.identifiant || "—", className: "ceres-nowrap" },
  {
    header: "Centre",
    cell: (o) => (
      <>
        {o.raisonSociale || "—"}
        <br />
        <span className="fr-text--xs ceres-nowrap">SIRET {o.siret || "—"}</span>
      </>
    ),
  },
  { header: "Titre", cell: (o) => o.titre },
  { header: "Décision", cell: (o) => (o.statut ? statutLabels[o.statut] : "—") },
];

const encodingLabels = { "UTF-8": "UTF-8", "Windows-1252": "Windows-1252 (format d'export de VALCE)" } as const;

function counts(s: ValceSummary, applied: boolean) {
  return [
    { value: s.creations, label: applied ? "agréments créés" : "agréments à créer", tone: "creation" as const },
    { value: s.misesAJour, label: applied ? "agréments mis à jour" : "agréments à mettre à jour", tone: "maj" as const },
    { value: s.inchangees, label: "agréments inchangés", tone: "inchange" as const },
    { value: s.rejets, label: applied ? "lignes ignorées" : "lignes rejetées", tone: "rejet" as const },
    { value: s.centresCrees, label: applied ? "centres créés" : "centres à créer", tone: "creation" as const },
    { value: s.sitesCrees, label: applied ? "sites créés" : "sites à créer", tone: "creation" as const },
  ];
}

function confirmation(s: ValceSummary): string {
  const parts = [
    s.creations && plural(s.creations, "agrément sera créé", "agréments seront créés"),
    s.misesAJour && plural(s.misesAJour, "agrément sera mis à jour", "agréments seront mis à jour"),
    s.centresCrees && plural(s.centresCrees, "centre sera créé", "centres seront créés"),
    s.sitesCrees && plural(s.sitesCrees, "site sera créé", "sites seront créés"),
  ].filter(Boolean);
  const ignored = s.rejets ? ` ${plural(s.rejets, "ligne rejetée sera ignorée", "lignes rejetées seront ignorées")}.` : "";
  return `${parts.join(", ")}.${ignored}`;
}

export function ValceImport({ maxBytes }: { maxBytes: number }) {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return (
    <ImportFlow
      label="Fichier exporté de VALCE"
      hint={`CSV séparé par des points-virgules, encodé en Windows-1252 (export VALCE) ou en UTF-8, ${mb} Mo au plus.`}
      maxBytes={maxBytes}
      tooLarge={`Le fichier dépasse ${mb} Mo : découpez-le par département ou par année.`}
      preview={previewValceAction}
      apply={applyValceAction}
      writes={(p) => p.summary.creations + p.summary.misesAJour}
      nothingToApply="Rien à appliquer : ce fichier ne crée ni ne modifie aucun agrément."
      showPreview={({ encoding, summary }) => (
        <>
          <p className="fr-text--sm">Encodage détecté : {encodingLabels[encoding]}. Rien n&apos;a encore été modifié.</p>
          <ImportCounts items={counts(summary, false)} testId="comptes-simulation" total={summary.lignes} />
          {summary.rejets > 0 && (
            <Alert
              severity="warning"
              small
              className="fr-mb-3w"
              description={`${plural(summary.rejets, "ligne sera ignorée", "lignes seront ignorées")}. Corrigez le fichier et relancez la simulation, ou appliquez l'import sans ${summary.rejets > 1 ? "elles" : "elle"}.`}
            />
          )}
        </>
      )}
      outcomes={(p) => <ImportOutcomeTable outcomes={p.outcomes} columns={columns} actions={actions} rejectedFirst />}
      confirmation={(p) => <p>{confirmation(p.summary)}</p>}
      showApplied={(s) => <ImportCounts items={counts(s, true)} testId="comptes-import" total={s.lignes} />}
      list={{ href: "/agrements", label: "Voir les agréments" }}
    />
  );
}
