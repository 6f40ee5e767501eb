import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { brandTop, homeLinkProps, SERVICE } from "./brand";

export function AppFooter() {
  return (
    <Footer
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      accessibility="partially compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      contentDescription={SERVICE.description}
      bottomItems={[<span key="version" className="fr-footer__bottom-link">Version {process.env.NEXT_PUBLIC_APP_VERSION}</span>]}
    />
  );
}
