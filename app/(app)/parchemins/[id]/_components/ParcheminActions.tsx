"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Refusal, Result } from "@/lib/result";
import { annulerParcheminAction, imprimerParcheminAction } from "../../actions";

const annulerModal = createModal({ id: "confirmer-annulation-parchemin", isOpenedByDefault: false });
const INDISPONIBLE: Refusal = { ok: false, code: "indisponible", message: "Le serveur n'a pas répondu : rechargez la page avant de recommencer." };

function Erreur({ result }: { result: Result<unknown> | null }) {
  if (!result || result.ok) return null;
  return <Alert severity="error" small description={result.message} role="alert" className="fr-mt-2w" />;
}

/**
 * Printing (the original, then duplicatas) and annulment of one parchemin. A print is recorded first (who,
 * when, why), then the browser downloads the PDF that renders it. Annulment asks for a reason and confirms.
 */
export function ParcheminActions({ parcheminId, version, dejaImprime, peutAnnuler }: { parcheminId: string; version: number; dejaImprime: boolean; peutAnnuler: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [motif, setMotif] = useState<"duplicata" | "perte">("duplicata");
  const [commentaire, setCommentaire] = useState("");
  const [impression, setImpression] = useState<Result<unknown> | null>(null);
  const [raison, setRaison] = useState<"fraude" | "erreur" | "">("");
  const [precision, setPrecision] = useState("");
  const [annulation, setAnnulation] = useState<Result<unknown> | null>(null);

  function imprimer() {
    startTransition(async () => {
      const result = await imprimerParcheminAction({ parcheminId, motif: dejaImprime ? motif : "original", commentaire: commentaire || undefined }).catch(() => INDISPONIBLE);
      setImpression(result);
      if (result.ok) {
        window.location.assign(`/parchemins/${parcheminId}/pdf`);
        setCommentaire("");
        router.refresh();
      }
    });
  }

  function annuler() {
    startTransition(async () => {
      const result = await annulerParcheminAction({ parcheminId, version, raison, precision }).catch(() => INDISPONIBLE);
      setAnnulation(result);
      if (result.ok) {
        annulerModal.close();
        router.refresh();
      }
    });
  }

  const errors = annulation && !annulation.ok ? (annulation.fieldErrors ?? {}) : {};
  return (
    <>
      <h2 className="fr-h4">{dejaImprime ? "Réimprimer" : "Imprimer"}</h2>
      {dejaImprime ? (
        <>
          <RadioButtons
            legend="Motif de la réimpression"
            orientation="horizontal"
            options={[
              { label: "Duplicata", hintText: "À la demande du titulaire", nativeInputProps: { value: "duplicata", checked: motif === "duplicata", onChange: () => setMotif("duplicata") } },
              { label: "Perte", hintText: "L'original est perdu ou détruit", nativeInputProps: { value: "perte", checked: motif === "perte", onChange: () => setMotif("perte") } },
            ]}
          />
          <Input label="Commentaire (facultatif)" textArea nativeTextAreaProps={{ value: commentaire, onChange: (e) => setCommentaire(e.target.value), maxLength: 500, rows: 2 }} />
          <p className="fr-text--sm">Le duplicata porte la mention « Duplicata » et le même numéro.</p>
          <Button iconId="fr-icon-printer-line" onClick={imprimer} disabled={pending}>
            {pending ? "Enregistrement…" : "Réimprimer"}
          </Button>
        </>
      ) : (
        <>
          <p>La première impression est l&apos;original ; elle est enregistrée à votre nom.</p>
          <Button iconId="fr-icon-printer-line" onClick={imprimer} disabled={pending}>
            {pending ? "Enregistrement…" : "Imprimer l'original"}
          </Button>
        </>
      )}
      <div aria-live="polite">
        <Erreur result={impression} />
        {impression?.ok && <Alert severity="success" small description="Impression enregistrée : le PDF se télécharge." className="fr-mt-2w" />}
      </div>

      {peutAnnuler && (
        <>
          <h2 className="fr-h4 fr-mt-4w">Annuler le parchemin</h2>
          <p>Un parchemin annulé (fraude, erreur) reste au registre avec son numéro, mais ne peut plus être imprimé ni téléchargé.</p>
          <Button priority="secondary" iconId="fr-icon-close-circle-line" onClick={() => annulerModal.open()} disabled={pending}>
            Annuler le parchemin…
          </Button>
          <annulerModal.Component
            title="Annuler ce parchemin ?"
            buttons={[
              { children: "Ne pas annuler", priority: "secondary", doClosesModal: true },
              { children: pending ? "Annulation…" : "Annuler le parchemin", doClosesModal: false, onClick: annuler, disabled: pending },
            ]}
          >
            <p>L&apos;annulation est définitive : le parchemin ne pourra plus être imprimé, et ses liens de téléchargement cessent de fonctionner.</p>
            <RadioButtons
              legend="Raison (obligatoire)"
              state={errors.raison ? "error" : "default"}
              stateRelatedMessage={errors.raison?.[0]}
              options={[
                { label: "Fraude", nativeInputProps: { value: "fraude", checked: raison === "fraude", onChange: () => setRaison("fraude") } },
                { label: "Erreur", nativeInputProps: { value: "erreur", checked: raison === "erreur", onChange: () => setRaison("erreur") } },
              ]}
            />
            <Input
              label="Précision (obligatoire)"
              textArea
              state={errors.precision ? "error" : "default"}
              stateRelatedMessage={errors.precision?.[0]}
              nativeTextAreaProps={{ value: precision, onChange: (e) => setPrecision(e.target.value), maxLength: 1000, rows: 3 }}
            />
            <div aria-live="polite">
              <Erreur result={annulation} />
            </div>
          </annulerModal.Component>
        </>
      )}
    </>
  );
}
