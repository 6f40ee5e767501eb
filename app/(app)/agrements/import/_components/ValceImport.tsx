"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ValcePreview } from "@/lib/agrements/valce/apply";
import { encodingLabels, MAX_VALCE_BYTES } from "@/lib/agrements/valce/decode";
import type { ValceSummary } from "@/lib/agrements/valce/plan";
import type { Result } from "@/lib/result";
import { applyValceAction, previewValceAction } from "../actions";
import { ValceCounts } from "./ValceCounts";
import { ValceOutcomeTable } from "./ValceOutcomeTable";

const confirmModal = createModal({ id: "confirmer-import-valce", isOpenedByDefault: false });

type State =
  | { step: "choix" }
  | { step: "apercu"; file: File; preview: ValcePreview }
  | { step: "applique"; fileName: string; summary: ValceSummary };

const n = (value: number) => value.toLocaleString("fr-FR");
const count = (value: number, one: string, many: string) => `${n(value)} ${value > 1 ? many : one}`;

function confirmation(s: ValceSummary): string {
  const parts = [
    s.creations && count(s.creations, "agrément sera créé", "agréments seront créés"),
    s.misesAJour && count(s.misesAJour, "agrément sera mis à jour", "agréments seront mis à jour"),
    s.centresCrees && count(s.centresCrees, "centre sera créé", "centres seront créés"),
    s.sitesCrees && count(s.sitesCrees, "site sera créé", "sites seront créés"),
  ].filter(Boolean);
  const ignored = s.rejets ? ` ${count(s.rejets, "ligne rejetée sera ignorée", "lignes rejetées seront ignorées")}.` : "";
  return `${parts.join(", ")}.${ignored}`;
}

async function call<T>(action: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await action();
  } catch {
    return { ok: false, code: "indisponible", message: "Le service n'a pas pu traiter le fichier. Réessayez dans un instant ; rien n'a été modifié." };
  }
}

/** Upload → dry run (line by line) → confirmation → apply, the way the titles import works. */
export function ValceImport() {
  const [state, setState] = useState<State>({ step: "choix" });
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [simulating, startSimulation] = useTransition();
  const [applying, startApply] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The result appears below the help: move focus (and the view) to its heading, for every user.
  useEffect(() => {
    if (state.step !== "choix") heading.current?.focus();
  }, [state]);

  function simulate(chosen: File | null) {
    if (!chosen) return setError("Choisissez le fichier exporté de VALCE.");
    if (chosen.size > MAX_VALCE_BYTES) return setError(`Le fichier dépasse ${MAX_VALCE_BYTES / 1024 / 1024} Mo : découpez-le par département ou par année.`);
    setError(null);
    startSimulation(async () => {
      const form = new FormData();
      form.set("fichier", chosen);
      const result = await call(() => previewValceAction(form));
      if (!result.ok) {
        setError(result.code === "invalide" ? (result.fieldErrors?.fichier?.[0] ?? result.message) : result.message);
        setState({ step: "choix" });
        return;
      }
      setState({ step: "apercu", file: chosen, preview: result.data });
    });
  }

  function apply(current: Extract<State, { step: "apercu" }>) {
    confirmModal.close();
    setError(null);
    startApply(async () => {
      const form = new FormData();
      form.set("fichier", current.file);
      form.set("condense", current.preview.digest);
      const result = await call(() => applyValceAction(form));
      if (!result.ok) return setError(result.message);
      setState({ step: "applique", fileName: current.preview.fileName, summary: result.data });
    });
  }

  function restart() {
    setState({ step: "choix" });
    setFile(null);
    setError(null);
    if (input.current) input.current.value = "";
  }

  const preview = state.step === "apercu" ? state.preview : null;
  const toWrite = preview ? preview.summary.creations + preview.summary.misesAJour : 0;

  return (
    <div>
      {error && <Alert severity="error" small description={error} className="fr-mb-3w" role="alert" />}

      {state.step === "choix" && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            simulate(file);
          }}
          className="fr-mb-4w"
        >
          <Upload
            label="Fichier exporté de VALCE"
            hint={`CSV séparé par des points-virgules, encodé en Windows-1252 (export VALCE) ou en UTF-8, ${MAX_VALCE_BYTES / 1024 / 1024} Mo au plus.`}
            nativeInputProps={{ ref: input, name: "fichier", accept: ".csv,text/csv", onChange: (e) => setFile(e.target.files?.[0] ?? null), disabled: simulating }}
          />
          <Button type="submit" className="fr-mt-3w" iconId="fr-icon-search-line" iconPosition="left" disabled={simulating}>
            {simulating ? "Simulation en cours…" : "Lancer la simulation"}
          </Button>
          {simulating && (
            <p className="fr-mt-2w" role="status">
              Lecture du fichier et comparaison avec CERES…
            </p>
          )}
        </form>
      )}

      {state.step === "apercu" && preview && (
        <section aria-labelledby="titre-simulation">
          <h2 id="titre-simulation" className="fr-h4" ref={heading} tabIndex={-1}>
            Simulation : {preview.fileName}
          </h2>
          <p className="fr-text--sm">Encodage détecté : {encodingLabels[preview.encoding]}. Rien n&apos;a encore été modifié.</p>
          <ValceCounts summary={preview.summary} applied={false} />
          {preview.summary.rejets > 0 && (
            <Alert
              severity="warning"
              small
              className="fr-mb-3w"
              description={`${n(preview.summary.rejets)} ligne${preview.summary.rejets > 1 ? "s seront ignorées" : " sera ignorée"}. Corrigez le fichier et relancez la simulation, ou appliquez l'import sans ${preview.summary.rejets > 1 ? "elles" : "elle"}.`}
            />
          )}
          {toWrite === 0 && <Alert severity="info" small className="fr-mb-3w" description="Rien à appliquer : ce fichier ne crée ni ne modifie aucun agrément." />}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            {toWrite > 0 && (
              <li>
                <Button iconId="fr-icon-check-line" nativeButtonProps={confirmModal.buttonProps} disabled={applying}>
                  {applying ? "Application en cours…" : "Appliquer l'import"}
                </Button>
              </li>
            )}
            <li>
              <Button priority="secondary" iconId="fr-icon-refresh-line" onClick={() => simulate(state.file)} disabled={applying || simulating}>
                Relancer la simulation
              </Button>
            </li>
            <li>
              <Button priority="tertiary" iconId="fr-icon-upload-line" onClick={restart} disabled={applying}>
                Choisir un autre fichier
              </Button>
            </li>
          </ul>
          {applying && (
            <div className="fr-mb-3w" role="status" aria-live="polite">
              <progress className="ceres-progress" aria-label="Application de l'import" />
              <p className="fr-mb-0">
                Application de l&apos;import en cours ({n(toWrite)} agrément{toWrite > 1 ? "s" : ""}), en une seule opération : ne fermez pas la page.
              </p>
            </div>
          )}
          <ValceOutcomeTable outcomes={preview.outcomes} />
          <confirmModal.Component
            title="Appliquer l'import ?"
            buttons={[
              { children: "Annuler", priority: "secondary", doClosesModal: true },
              { children: "Appliquer l'import", doClosesModal: false, onClick: () => apply(state), disabled: applying },
            ]}
          >
            <p>{confirmation(preview.summary)}</p>
            <p>Tout est appliqué en une seule fois, ou rien ; chaque écriture est inscrite dans l&apos;historique avec le nom du fichier.</p>
          </confirmModal.Component>
        </section>
      )}

      {state.step === "applique" && (
        <section aria-labelledby="titre-import">
          <h2 id="titre-import" className="fr-h4" ref={heading} tabIndex={-1}>
            Résultat de l&apos;import
          </h2>
          <Alert severity="success" title="Import appliqué" description={`Le fichier ${state.fileName} a été importé.`} className="fr-mb-3w" role="status" />
          <ValceCounts summary={state.summary} applied />
          <Button iconId="fr-icon-upload-line" iconPosition="left" onClick={restart}>
            Importer un autre fichier
          </Button>
        </section>
      )}
    </div>
  );
}
