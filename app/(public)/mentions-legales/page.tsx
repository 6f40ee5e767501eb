import type { Metadata } from "next";

export const metadata: Metadata = { title: "Mentions légales" };

export default function MentionsLegalesPage() {
  return (
    <>
      <h1>Mentions légales</h1>
      <h2>Éditeur</h2>
      <p>
        Ministère du Travail et des Solidarités — Délégation générale à l&apos;emploi et à la formation professionnelle
        (DGEFP), 14 avenue Duquesne, 75350 Paris 07 SP.
      </p>
      <h2>Directeur de la publication</h2>
      <p>Le délégué général à l&apos;emploi et à la formation professionnelle.</p>
      <h2>Données personnelles</h2>
      <p>
        CERES traite les données nécessaires à la délivrance des titres professionnels (articles R338-1 et suivants du
        code de l&apos;éducation). Chaque consultation et chaque modification sont tracées.
      </p>
      <h2>Version</h2>
      <p>CERES version {process.env.NEXT_PUBLIC_APP_VERSION}.</p>
    </>
  );
}
