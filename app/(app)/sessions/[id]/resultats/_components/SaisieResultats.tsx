"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { decisionLabels, issueCcpLabels } from "@/lib/resultats/coherence";
import { verifierLigne, type DecisionResultat, type GrilleResultats, type IssueCcp, type LigneResultat, type PresenceCandidat } from "@/lib/resultats/grille";
import { saisirResultatAction } from "../actions";

const presenceLabels: Record<PresenceCandidat, string> = { present: "Présent", absent: "Absent" };
const issuesCcp = Object.keys(issueCcpLabels) as IssueCcp[];
const decisionsResultat = Object.keys(decisionLabels) as DecisionResultat[];

type Grille = Pick<GrilleResultats, "ccpsVersion" | "ccpsEvalues">;
type Etat = { kind: "idle" } | { kind: "ok"; message: string } | { kind: "erreur"; message: string; conflit?: boolean };

function resume(grille: Grille, l: Pick<LigneResultat, "presence" | "decision" | "issues">): string {
  const ccps = grille.ccpsVersion.filter((c) => l.issues[c.id]).map((c) => `CCP ${c.numero} ${issueCcpLabels[l.issues[c.id]!].toLowerCase()}`);
  return [l.presence ? presenceLabels[l.presence] : "présence non saisie", ...ccps, l.decision ? `décision ${decisionLabels[l.decision].toLowerCase()}` : "sans décision"].join(", ");
}

function Erreur({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="fr-error-text fr-mt-1v">
      {messages.join(" ")}
    </p>
  );
}

/** One candidate's row: its own state, checked with R10 as it is typed, saved by its button. */
function Ligne({ sessionId, grille, ligne, colonnes, decisionRequise }: { sessionId: string; grille: Grille; ligne: LigneResultat; colonnes: Grille["ccpsVersion"]; decisionRequise: boolean }) {
  const router = useRouter();
  const [presence, setPresence] = useState<PresenceCandidat | null>(ligne.presence);
  const [issues, setIssues] = useState<Record<string, IssueCcp | undefined>>(ligne.issues);
  // An explicit choice; null follows the decision the outcomes call for (the user confirms it).
  const [choix, setChoix] = useState<DecisionResultat | null>(ligne.decision);
  const [version, setVersion] = useState(ligne.version);
  const [etat, setEtat] = useState<Etat>({ kind: "idle" });
  const [serveur, setServeur] = useState<Record<string, string[] | undefined>>({});
  const [pending, start] = useTransition();

  const absent = presence === "absent";
  const capitalises = new Map(ligne.capitalises.map((c) => [c.ccpId, c]));
  // An absent candidate's CCPs are "non présenté" whatever was chosen before: the server fills them in.
  const saisies: Record<string, IssueCcp> = absent ? {} : Object.fromEntries(Object.entries(issues).filter((e): e is [string, IssueCcp] => !capitalises.has(e[0]) && e[1] !== undefined));
  const brouillon = { presence, issues: saisies, decision: choix };
  const attendue = verifierLigne(grille, ligne, { ...brouillon, decision: null }).decisionAttendue;
  const decision = absent ? "absent" : (choix ?? attendue);
  const locales = verifierLigne(grille, ligne, { ...brouillon, decision }, decisionRequise).fieldErrors;
  const erreurs = (key: string) => locales[key] ?? serveur[key];
  const modifiee =
    presence !== ligne.presence || decision !== ligne.decision || colonnes.some((c) => !capitalises.has(c.id) && (absent ? "non_presente" : issues[c.id]) !== ligne.issues[c.id]);
  const base = `res-${ligne.inscriptionId}`;

  function changer(apply: () => void) {
    apply();
    setChoix(null);
    setServeur({});
    setEtat({ kind: "idle" });
  }

  function enregistrer() {
    if (pending) return;
    start(async () => {
      const result = await saisirResultatAction({ sessionId, inscriptionId: ligne.inscriptionId, version: Math.max(version, ligne.version), presence, decision, issues: saisies });
      if (result.ok) {
        setVersion(result.data.version);
        setServeur({});
        setEtat({ kind: "ok", message: `Ligne enregistrée : ${ligne.nom}.` });
      } else {
        setServeur(result.fieldErrors ?? {});
        setEtat({ kind: "erreur", message: result.message, conflit: result.code === "conflit_version" });
      }
      router.refresh();
    });
  }

  const attr = (key: string) => {
    const e = erreurs(key);
    return e?.length ? { "aria-invalid": true as const, "aria-describedby": `${base}-${key.replace(".", "-")}-err` } : {};
  };

  return (
    <tr data-testid={`ligne-${ligne.inscriptionId}`} aria-describedby={etat.kind !== "idle" ? `${base}-etat` : undefined}>
      <th scope="row">
        {ligne.nom}
        {ligne.capitalises.length > 0 && (
          <span className="fr-hint-text">
            Capitalisé{ligne.capitalises.length > 1 ? "s" : ""} : {ligne.capitalises.map((c) => `CCP ${c.numero} (session ${c.sessionNumero})`).join(", ")}
          </span>
        )}
      </th>
      <td className={erreurs("presence") ? "fr-select-group--error" : undefined}>
        <select
          className="fr-select"
          aria-label={`Présence — ${ligne.nom}`}
          value={presence ?? ""}
          onChange={(e) => changer(() => setPresence((e.target.value || null) as PresenceCandidat | null))}
          {...attr("presence")}
        >
          <option value="">À saisir</option>
          <option value="present">Présent</option>
          <option value="absent">Absent</option>
        </select>
        <Erreur id={`${base}-presence-err`} messages={erreurs("presence")} />
      </td>
      {colonnes.map((c) => {
        const cap = capitalises.get(c.id);
        if (cap) {
          return (
            <td key={c.id}>
              <span className="fr-badge fr-badge--sm fr-badge--success fr-badge--no-icon">Capitalisé</span>
              <span className="fr-sr-only"> : CCP {c.numero} acquis à la session {cap.sessionNumero}</span>
            </td>
          );
        }
        const key = `issues.${c.id}`;
        return (
          <td key={c.id}>
            <select
              className="fr-select"
              aria-label={`CCP ${c.numero} — ${ligne.nom}`}
              value={absent ? "non_presente" : (issues[c.id] ?? "")}
              disabled={absent}
              onChange={(e) => changer(() => setIssues((prev) => ({ ...prev, [c.id]: (e.target.value || undefined) as IssueCcp | undefined })))}
              {...attr(key)}
            >
              <option value="">À saisir</option>
              {issuesCcp.map((i) => (
                <option key={i} value={i}>
                  {issueCcpLabels[i]}
                </option>
              ))}
            </select>
            <Erreur id={`${base}-${key.replace(".", "-")}-err`} messages={erreurs(key)} />
          </td>
        );
      })}
      <td>
        <select
          className="fr-select"
          aria-label={`Décision — ${ligne.nom}`}
          value={decision ?? ""}
          disabled={absent}
          onChange={(e) => {
            setChoix((e.target.value || null) as DecisionResultat | null);
            setServeur({});
          }}
          {...attr("decision")}
        >
          <option value="">À saisir</option>
          {decisionsResultat.map((d) => (
            <option key={d} value={d}>
              {decisionLabels[d]}
            </option>
          ))}
        </select>
        {!choix && attendue && attendue !== ligne.decision && !absent && !erreurs("decision") && <p className="fr-hint-text fr-mt-1v">Proposée d&apos;après les CCP</p>}
        <Erreur id={`${base}-decision-err`} messages={erreurs("decision")} />
        <Erreur id={`${base}-_-err`} messages={erreurs("_")} />
      </td>
      <td>
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus in the middle of the grid. */}
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={enregistrer} aria-disabled={pending}>
          {pending ? "Enregistrement…" : "Enregistrer la ligne"}
          <span className="fr-sr-only"> de {ligne.nom}</span>
        </button>
        <div id={`${base}-etat`} role="status" aria-live="polite" className="fr-mt-1v">
          {etat.kind === "ok" && !modifiee && <p className="fr-valid-text fr-mt-0">Enregistrée</p>}
          {modifiee && etat.kind !== "erreur" && <p className="fr-hint-text fr-mt-0">Modifiée, non enregistrée</p>}
          {etat.kind === "erreur" && (
            <p className="fr-error-text fr-mt-0">
              {etat.message}
              {etat.conflit && ` Valeurs enregistrées : ${resume(grille, ligne)}.`}
            </p>
          )}
        </div>
      </td>
    </tr>
  );
}

/**
 * The results screen of a session: a row per candidate, native selects in a table (Tab and Shift-Tab go
 * from cell to cell, arrow keys and first letters choose), one save per row.
 */
export function SaisieResultats({ sessionId, grille, decisionRequise }: { sessionId: string; grille: GrilleResultats; decisionRequise: boolean }) {
  const colonnes = grille.ccpsVersion.filter((c) => grille.ccpsEvalues.includes(c.id));
  return (
    <div className="fr-table fr-table--bordered ceres-saisie-resultats">
      <table>
        <caption>Saisie des résultats, une ligne par candidat</caption>
        <thead>
          <tr>
            <th scope="col">Candidat</th>
            <th scope="col">Présence</th>
            {colonnes.map((c) => (
              <th key={c.id} scope="col">
                CCP {c.numero}
                <span className="fr-hint-text">{c.libelle}</span>
              </th>
            ))}
            <th scope="col">Décision</th>
            <th scope="col">Enregistrement</th>
          </tr>
        </thead>
        <tbody>
          {grille.lignes.map((l) => (
            <Ligne key={l.inscriptionId} sessionId={sessionId} grille={grille} ligne={l} colonnes={colonnes} decisionRequise={decisionRequise} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
