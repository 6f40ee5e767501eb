"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { JuresImportPreview as ImportPreview } from "@/lib/jures/import/apply";
import type { summarize } from "@/lib/jures/import/plan";

type ImportSummary = ReturnType<typeof summarize>;
import { applyJuresImportAction as applyImportAction, previewJuresImportAction as previewImportAction } from "../actions";
import { ImportPreviewTable } from "./ImportPreviewTable";

const confirmModal = createModal({ id: "confirmer-import-jures", isOpenedByDefault: false });
const UNAVAILABLE = "Le service n'a pas pu traiter le fichier. Réessayez dans un instant.";

type Phase = "idle" | "simulation" | "application";

function plural(n: number, one: string, many: string) {
  return `${n.toLocaleString("fr-FR")} ${n > 1 ? many : one}`;
}

/** `maxBytes`: the size the server accepts, checked here first so that a too large file is not sent at all. */
export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<(ImportPreview & { filename: string }) | null>(null);
  const [applied, setApplied] = useState<ImportSummary | null>(null);

  function formData(extra: Record<string, string> = {}) {
    const data = new FormData();
    if (file) data.set("fichier", file);
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    return data;
  }

  async function simulate(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setApplied(null);
    setPreview(null);
    if (!file) {
      setError("Choisissez un fichier CSV à importer.");
      return;
    }
    if (file.size > maxBytes) {
      setError(`Le fichier dépasse ${Math.round(maxBytes / 1024 / 1024)} Mo : découpez-le.`);
      return;
    }
    setPhase("simulation");
    try {
      const result = await previewImportAction(formData());
      if (result.ok) setPreview({ ...result.data, filename: file.name });
      else setError(result.message);
    } catch {
      setError(UNAVAILABLE);
    } finally {
      setPhase("idle");
    }
  }

  async function apply() {
    if (!preview) return;
    setPhase("application");
    try {
      const result = await applyImportAction(formData({ digest: preview.digest }));
      confirmModal.close();
      if (result.ok) {
        setApplied(result.data);
        setPreview(null);
        router.refresh();
      } else setError(result.message);
    } catch {
      confirmModal.close();
      setError(UNAVAILABLE);
    } finally {
      setPhase("idle");
    }
  }

  const busy = phase !== "idle";
  const toApply = preview ? preview.summary.creations + preview.summary.ajouts : 0;

  return (
    <div aria-busy={busy}>
      <form onSubmit={simulate} noValidate className="fr-mb-4w">
        <Upload
          label="Fichier des habilitations (CSV)"
          hint={`Format CSV, séparateur point-virgule, ${Math.round(maxBytes / 1024 / 1024)} Mo au plus.`}
          state={error && !preview ? "error" : "default"}
          stateRelatedMessage={error && !preview ? error : undefined}
          nativeInputProps={{
            name: "fichier",
            accept: ".csv,text/csv",
            disabled: busy,
            onChange: (e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setPreview(null);
              setApplied(null);
              setError(null);
            },
          }}
        />
        <Button type="submit" className="fr-mt-2w" disabled={busy} iconId="fr-icon-search-line">
          {phase === "simulation" ? "Simulation en cours…" : "Lancer la simulation"}
        </Button>
      </form>

      <div role="status" aria-live="polite">
        {phase === "simulation" && <p className="fr-text--lg">Lecture et vérification du fichier, ligne par ligne…</p>}
        {phase === "application" && <p className="fr-text--lg">Application de l&apos;import en cours : ne fermez pas la page…</p>}
        {applied && (
          <Alert
            severity="success"
            title="L'import a été appliqué"
            description={
              <>
                {plural(applied.creations, "nouveau juré", "nouveaux jurés")}, {plural(applied.ajouts, "ajout", "ajouts")},{" "}
                {plural(applied.inchangees, "ligne inchangée", "lignes inchangées")}, {plural(applied.rejets, "ligne rejetée", "lignes rejetées")} (non importées).{" "}
                <Link href="/jures">Voir la liste des jurés</Link>
              </>
            }
            className="fr-mb-3w"
          />
        )}
      </div>
      {error && preview && <Alert severity="error" small description={error} className="fr-mb-3w" role="alert" />}

      {preview && (
        <section aria-labelledby="simulation-titre">
          <h2 id="simulation-titre" className="fr-h4">
            Simulation de l&apos;import de « {preview.filename} »
          </h2>
          <ImportPreviewTable outcomes={preview.outcomes} summary={preview.summary} />
          {toApply === 0 ? (
            <Alert severity="info" small description="Rien à appliquer : toutes les lignes sont inchangées ou rejetées." className="fr-mt-2w" />
          ) : (
            <Button className="fr-mt-2w" disabled={busy} nativeButtonProps={confirmModal.buttonProps} iconId="fr-icon-check-line">
              Appliquer l&apos;import
            </Button>
          )}
        </section>
      )}

      <confirmModal.Component
        title="Appliquer l'import ?"
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: phase === "application" ? "Application…" : "Appliquer l'import", doClosesModal: false, onClick: apply, disabled: busy },
        ]}
      >
        {preview && (
          <p>
            {plural(preview.summary.creations, "nouveau juré", "nouveaux jurés")} et {plural(preview.summary.ajouts, "ajout à un juré existant", "ajouts à des jurés existants")} seront
            enregistrées, comme la simulation les montre.
            {preview.summary.rejets > 0 && ` ${plural(preview.summary.rejets, "ligne rejetée ne sera pas importée", "lignes rejetées ne seront pas importées")}.`}{" "}
            Chaque écriture figurera dans l&apos;historique du juré ou de l&apos;habilitation concernés.
          </p>
        )}
      </confirmModal.Component>
    </div>
  );
}
