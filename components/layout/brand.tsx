import { Fragment } from "react";

/** The words of the header and footer, shared by the React shell and the pages written as HTML (shell-html.ts). */
export const MINISTERE_LIGNES = ["Ministère", "du Travail", "et des Solidarités"] as const;

export const SERVICE = {
  title: "CERES",
  tagline: "Certifications professionnelles du ministère du Travail",
  description:
    "CERES (CERtifications Emplois) est le service du ministère du Travail qui gère les titres professionnels : agréments des centres, sessions d'examen, jurys, résultats et parchemins.",
} as const;

export const brandTop = (
  <>
    {MINISTERE_LIGNES.map((ligne, i) => (
      <Fragment key={ligne}>
        {i > 0 && <br />}
        {ligne}
      </Fragment>
    ))}
  </>
);

export const homeLinkProps = { href: "/", title: "Accueil — CERES" };
