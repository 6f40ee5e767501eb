"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import Link from "next/link";
import { useState } from "react";
import type { MatchView } from "@/lib/candidats/match-views";

type Props = {
  exact: MatchView | null;
  proches: MatchView[];
  /** Registering into a session: the button that registers the found person instead of creating. */
  onInscrire?: (id: string) => void;
  onCreerQuandMeme: () => void;
  busy: boolean;
};

function UseButton({ match, onInscrire, busy }: { match: MatchView; onInscrire?: (id: string) => void; busy: boolean }) {
  if (onInscrire) {
    return (
      <Button size="small" disabled={busy} onClick={() => onInscrire(match.id)}>
        Inscrire cette personne à la session
      </Button>
    );
  }
  if (match.masque) return <p className="fr-text--sm fr-mb-0">Pour l&apos;inscrire, ouvrez l&apos;onglet « Candidats » d&apos;une de vos sessions.</p>;
  return (
    <Link className="fr-btn fr-btn--sm" href={`/candidats/${match.id}`}>
      Utiliser cette fiche
    </Link>
  );
}

/**
 * What the R5 check found before a creation: the same person (never duplicated: use or register that
 * record), or close records with their score and reasons, and "Créer quand même" behind a confirmation.
 */
export function MatchPanel({ exact, proches, onInscrire, onCreerQuandMeme, busy }: Props) {
  const [confirme, setConfirme] = useState(false);
  if (exact) {
    return (
      <div role="alert" tabIndex={-1} className="fr-mt-4w" data-testid="fiche-existante">
        <Alert
          severity="info"
          title="Cette personne a déjà une fiche"
          description={
            <>
              <p className="fr-mb-1w">
                Cette personne a déjà une fiche : <strong>{exact.identite}</strong>.
              </p>
              <p className="fr-text--sm">Une même fiche candidat est utilisée tout au long du parcours : elle n&apos;est pas recréée.</p>
              <UseButton match={exact} onInscrire={onInscrire} busy={busy} />
            </>
          }
        />
      </div>
    );
  }
  return (
    <section role="alert" className="fr-mt-4w" aria-labelledby="proches-titre" data-testid="fiches-proches">
      <h2 id="proches-titre" className="fr-h5">
        {proches.length === 1 ? "Une fiche proche existe" : `${proches.length} fiches proches existent`} : vérifiez qu&apos;il ne s&apos;agit pas de la même personne
      </h2>
      <ul className="fr-raw-list">
        {proches.map((p) => (
          <li key={p.id} className="fr-card fr-card--no-arrow fr-p-2w fr-mb-2w">
            <p className="fr-mb-1w">
              <strong>{p.identite}</strong> — ressemblance {Math.round(p.score * 100)} %
            </p>
            <ul className="fr-text--sm">
              {p.raisons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <UseButton match={p} onInscrire={onInscrire} busy={busy} />
          </li>
        ))}
      </ul>
      <div className="fr-checkbox-group fr-mb-2w">
        <input type="checkbox" id="confirme-proches" checked={confirme} onChange={(e) => setConfirme(e.target.checked)} />
        <label className="fr-label" htmlFor="confirme-proches">
          J&apos;ai vérifié : aucune de ces fiches ne correspond à cette personne
        </label>
      </div>
      <Button priority="secondary" disabled={!confirme || busy} onClick={onCreerQuandMeme}>
        Créer quand même
      </Button>
    </section>
  );
}
