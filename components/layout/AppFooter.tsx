import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { brandTop, homeLinkProps } from "./brand";

export function AppFooter() {
  return (
    <Footer
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      accessibility="partially compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      contentDescription="CERES (CERtifications Emplois) est le service du ministère du Travail qui gère les titres professionnels : agréments des centres, sessions d'examen, jurys, résultats et parchemins."
      bottomItems={[<span key="version" className="fr-footer__bottom-link">Version {process.env.NEXT_PUBLIC_APP_VERSION}</span>]}
    />
  );
}
