"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="fr-container fr-py-6w" id="contenu">
      <h1>Erreur inattendue</h1>
      <p className="fr-text--lead">Erreur 500</p>
      <p>
        Désolé, le service a rencontré un problème. Vos données n&apos;ont pas été modifiées. Réessayez dans un instant ;
        si le problème persiste, contactez l&apos;assistance CERES en indiquant la référence ci-dessous.
      </p>
      {error.digest && <p>Référence de l&apos;erreur : {error.digest}</p>}
      <Button onClick={reset}>Réessayer</Button>
    </main>
  );
}
