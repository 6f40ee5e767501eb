"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { DecisionResultat, IssueCcp } from "@/lib/resultats/affichage";
import { decisionLabels, issueCcpLabels } from "@/lib/resultats/coherence";
import { rectifierResultatAction } from "../../actions";

export type RectifiableCandidat = { inscriptionId: string; nom: string; version: number; decision: DecisionResultat | null; issues: Record<string, IssueCcp> };

type Props = { sessionId: string; ccps: { id: string; numero: number; libelle: string }[]; candidats: RectifiableCandidat[] };

/**
 * Correction of one candidate's validated result: choose the candidate, change the outcomes and the decision,
 * give the reason. The server checks R10 again and says what the change did to the parchemin and the livret.
 */
export function RectificationForm({ sessionId, ccps, candidats }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [inscriptionId, setInscriptionId] = useState("");
  const [issues, setIssues] = useState<Record<string, IssueCcp>>({});
  const [decision, setDecision] = useState<DecisionResultat | "">("");
  const [motif, setMotif] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string } | null>(null);
  const candidat = candidats.find((c) => c.inscriptionId === inscriptionId);

  function choose(id: string) {
    const c = candidats.find((x) => x.inscriptionId === id);
    setInscriptionId(id);
    setIssues(c ? { ...c.issues } : {});
    setDecision(c?.decision ?? "");
    setErrors({});
    setMessage(null);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!candidat) return;
    start(async () => {
      const result = await rectifierResultatAction(sessionId, { inscriptionId, version: candidat.version, decision, issues, motif });
      if (!result.ok) {
        setErrors({ decision: result.fieldErrors?.decision?.[0], motif: result.fieldErrors?.motif?.[0] });
        setMessage({ severity: "error", text: result.message });
        return;
      }
      const suites = [
        result.data.parcheminAnnule && "le parchemin a été annulé",
        result.data.parcheminDelivre && "un parchemin a été délivré et numéroté",
        result.data.livretDelivre && "un livret de certification a été délivré",
      ].filter(Boolean);
      setMessage({ severity: "success", text: `Rectification enregistrée pour ${candidat.nom}${suites.length ? ` : ${suites.join(", ")}` : ""}.` });
      setInscriptionId("");
      setMotif("");
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby="titre-rectification" noValidate>
      <h2 id="titre-rectification" className="fr-h4">
        Rectifier un résultat
      </h2>
      <p className="fr-hint-text">Les résultats validés ne se modifient que par une rectification motivée, inscrite à l&apos;historique de la session et du candidat.</p>
      <div aria-live="polite">{message && <Alert severity={message.severity} small description={message.text} className="fr-mb-2w" />}</div>
      <Select label="Candidat" nativeSelectProps={{ value: inscriptionId, onChange: (e) => choose(e.target.value), name: "candidat" }}>
        <option value="">Choisir un candidat</option>
        {candidats.map((c) => (
          <option key={c.inscriptionId} value={c.inscriptionId}>
            {c.nom}
          </option>
        ))}
      </Select>
      {candidat && (
        <>
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">Résultat par CCP</legend>
            {ccps.map((ccp) => (
              <div className="fr-fieldset__element fr-col-12 fr-col-md-6" key={ccp.id}>
                <Select
                  label={`CCP ${ccp.numero} — ${ccp.libelle}`}
                  nativeSelectProps={{ value: issues[ccp.id] ?? "", onChange: (e) => setIssues({ ...issues, [ccp.id]: e.target.value as IssueCcp }) }}
                >
                  <option value="" disabled>
                    Non évalué
                  </option>
                  {(Object.keys(issueCcpLabels) as IssueCcp[]).map((i) => (
                    <option key={i} value={i}>
                      {issueCcpLabels[i]}
                    </option>
                  ))}
                </Select>
              </div>
            ))}
          </fieldset>
          <Select
            label="Décision"
            state={errors.decision ? "error" : "default"}
            stateRelatedMessage={errors.decision}
            nativeSelectProps={{ value: decision, onChange: (e) => setDecision(e.target.value as DecisionResultat) }}
          >
            <option value="" disabled>
              Choisir la décision
            </option>
            {(Object.keys(decisionLabels) as DecisionResultat[]).map((d) => (
              <option key={d} value={d}>
                {decisionLabels[d]}
              </option>
            ))}
          </Select>
          <Input
            label="Motif de la rectification"
            hintText="Obligatoire. Il figure à l'historique et, si le titre est retiré, sur l'annulation du parchemin."
            textArea
            state={errors.motif ? "error" : "default"}
            stateRelatedMessage={errors.motif}
            nativeTextAreaProps={{ value: motif, onChange: (e) => setMotif(e.target.value), required: true, maxLength: 500 }}
          />
          <Button type="submit" disabled={pending}>
            {pending ? "Enregistrement…" : "Enregistrer la rectification"}
          </Button>
        </>
      )}
    </form>
  );
}
