"use client";

import { Header } from "@codegouvfr/react-dsfr/Header";
import { usePathname } from "next/navigation";
import { brandTop, homeLinkProps, SERVICE } from "./brand";
import { isActivePath, type NavItem } from "@/lib/navigation";

type Props = {
  identity?: { name: string; scope: string };
  navigation?: NavItem[];
  signOutAction?: () => Promise<void>;
};

export function AppHeader({ identity, navigation = [], signOutAction }: Props) {
  const pathname = usePathname();
  return (
    <Header
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      serviceTitle={SERVICE.title}
      serviceTagline={SERVICE.tagline}
      quickAccessItems={
        identity && signOutAction
          ? [
              <span key="identity" className="fr-btn fr-icon-account-circle-line" data-testid="utilisateur-connecte">
                {identity.name} — {identity.scope}
              </span>,
              <form key="signout" action={signOutAction}>
                <button type="submit" className="fr-btn fr-icon-logout-box-r-line">
                  Se déconnecter
                </button>
              </form>,
            ]
          : []
      }
      navigation={navigation.map((item) =>
        "children" in item
          ? {
              text: item.label,
              isActive: item.children.some((c) => isActivePath(pathname, c.href)),
              menuLinks: item.children.map((c) => ({ text: c.label, linkProps: { href: c.href }, isActive: isActivePath(pathname, c.href) })),
            }
          : { text: item.label, linkProps: { href: item.href }, isActive: isActivePath(pathname, item.href) },
      )}
    />
  );
}
