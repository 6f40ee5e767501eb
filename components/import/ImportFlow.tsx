"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import type { Result } from "@/lib/result";
import { UploadField } from "./UploadField";

const confirmModal = createModal({ id: "confirmer-import", isOpenedByDefault: false });
const UNAVAILABLE = "Le service n'a pas pu traiter le fichier. Réessayez dans un instant ; rien n'a été modifié.";

export type ImportFlowProps<P extends { digest: string }, S> = {
  label: string;
  hint: string;
  /** The size the server accepts, checked here first so that a too large file is not sent at all. */
  maxBytes: number;
  tooLarge: string;
  preview: (form: FormData) => Promise<Result<P>>;
  apply: (form: FormData) => Promise<Result<S>>;
  /** How many writes applying the dry run would make (0: nothing to apply). */
  writes: (preview: P) => number;
  nothingToApply: string;
  /** Above the buttons: the counts and what the domain says of the file (its encoding…). */
  showPreview: (preview: P) => ReactNode;
  /** Below the buttons: the lines of the dry run. */
  outcomes: (preview: P) => ReactNode;
  confirmation: (preview: P) => ReactNode;
  showApplied: (summary: S) => ReactNode;
  list: { href: string; label: string };
};

type State<P, S> = { step: "choix" } | { step: "apercu"; file: File; preview: P } | { step: "applique"; fileName: string; summary: S };

async function call<T>(action: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await action();
  } catch {
    return { ok: false, code: "indisponible", message: UNAVAILABLE };
  }
}

// An upload refusal says the same in its message and its field; a stale digest only in its field.
const fieldError = (result: Extract<Result<unknown>, { ok: false }>) => result.fieldErrors?._?.[0] ?? result.message;

/** Upload → dry run shown line by line → confirmation → apply, the same for every import of CERES. */
export function ImportFlow<P extends { digest: string }, S>(props: ImportFlowProps<P, S>) {
  const router = useRouter();
  const [state, setState] = useState<State<P, S>>({ step: "choix" });
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [simulating, startSimulation] = useTransition();
  const [applying, startApply] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The result appears below the explanations: move focus (and the view) to its heading, for every user.
  useEffect(() => {
    if (state.step !== "choix") heading.current?.focus();
  }, [state]);

  function simulate(chosen: File | null) {
    if (!chosen) return setError("Choisissez un fichier CSV à importer.");
    if (chosen.size > props.maxBytes) return setError(props.tooLarge);
    setError(null);
    startSimulation(async () => {
      const form = new FormData();
      form.set("fichier", chosen);
      const result = await call(() => props.preview(form));
      if (!result.ok) {
        setError(fieldError(result));
        setState({ step: "choix" });
        return;
      }
      setState({ step: "apercu", file: chosen, preview: result.data });
    });
  }

  function apply(current: Extract<State<P, S>, { step: "apercu" }>) {
    confirmModal.close();
    setError(null);
    startApply(async () => {
      const form = new FormData();
      form.set("fichier", current.file);
      form.set("digest", current.preview.digest);
      const result = await call(() => props.apply(form));
      if (!result.ok) return setError(fieldError(result));
      setState({ step: "applique", fileName: current.file.name, summary: result.data });
      router.refresh();
    });
  }

  function restart() {
    setState({ step: "choix" });
    setFile(null);
    setError(null);
    if (input.current) input.current.value = "";
  }

  const preview = state.step === "apercu" ? state.preview : null;
  const writes = preview ? props.writes(preview) : 0;

  return (
    <div aria-busy={simulating || applying}>
      {state.step === "choix" && (
        <form
          noValidate
          className="fr-mb-4w"
          onSubmit={(e) => {
            e.preventDefault();
            simulate(file);
          }}
        >
          <UploadField
            label={props.label}
            hint={props.hint}
            error={error}
            disabled={simulating}
            inputRef={input}
            onChange={(chosen) => {
              setFile(chosen);
              setError(null);
            }}
          />
          <Button type="submit" className="fr-mt-3w" iconId="fr-icon-search-line" iconPosition="left" disabled={simulating}>
            {simulating ? "Simulation en cours…" : "Lancer la simulation"}
          </Button>
          {simulating && (
            <p className="fr-mt-2w" role="status">
              Lecture et vérification du fichier, ligne par ligne…
            </p>
          )}
        </form>
      )}

      {state.step === "apercu" && preview && (
        <section aria-labelledby="titre-simulation">
          <h2 id="titre-simulation" className="fr-h4" ref={heading} tabIndex={-1}>
            Simulation de l&apos;import de « {state.file.name} »
          </h2>
          {error && <Alert severity="error" small description={error} className="fr-mb-3w" role="alert" />}
          {props.showPreview(preview)}
          {writes === 0 && <Alert severity="info" small className="fr-mb-3w" description={props.nothingToApply} />}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            {writes > 0 && (
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
              <p className="fr-mb-0">Application de l&apos;import en cours, en une seule opération : ne fermez pas la page.</p>
            </div>
          )}
          {props.outcomes(preview)}
          <confirmModal.Component
            title="Appliquer l'import ?"
            buttons={[
              { children: "Annuler", priority: "secondary", doClosesModal: true },
              { children: "Appliquer l'import", doClosesModal: false, onClick: () => apply(state), disabled: applying },
            ]}
          >
            {props.confirmation(preview)}
            <p>Tout est appliqué en une seule fois, ou rien ; chaque écriture est inscrite dans l&apos;historique avec le nom du fichier.</p>
          </confirmModal.Component>
        </section>
      )}

      {state.step === "applique" && (
        <section aria-labelledby="titre-import">
          <h2 id="titre-import" className="fr-h4" ref={heading} tabIndex={-1}>
            Résultat de l&apos;import
          </h2>
          <Alert severity="success" title="L'import a été appliqué" description={`Le fichier « ${state.fileName} » a été importé.`} className="fr-mb-3w" />
          {props.showApplied(state.summary)}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            <li>
              <Link className="fr-btn fr-btn--secondary" href={props.list.href}>
                {props.list.label}
              </Link>
            </li>
            <li>
              <Button priority="tertiary" iconId="fr-icon-upload-line" onClick={restart}>
                Importer un autre fichier
              </Button>
            </li>
          </ul>
        </section>
      )}
    </div>
  );
}
