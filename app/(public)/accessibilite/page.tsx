import type { Metadata } from "next";

export const metadata: Metadata = { title: "Accessibilité" };

export default function AccessibilitePage() {
  return (
    <>
      <h1>Déclaration d&apos;accessibilité</h1>
      <p>
        Le ministère du Travail s&apos;engage à rendre CERES accessible conformément à l&apos;article 47 de la loi
        n° 2005-102 du 11 février 2005.
      </p>
      <h2>État de conformité</h2>
      <p>
        CERES est <strong>partiellement conforme</strong> avec le référentiel général d&apos;amélioration de
        l&apos;accessibilité (RGAA) version 4.1 : aucun audit complet n&apos;a encore été réalisé. Chaque page est vérifiée
        automatiquement (axe-core) à chaque version.
      </p>
      <h2>Retour d&apos;information et contact</h2>
      <p>Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, contactez l&apos;assistance CERES de votre DREETS.</p>
    </>
  );
}
