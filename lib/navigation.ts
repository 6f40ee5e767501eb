import type { CurrentUser } from "@/lib/auth/current-user";

export type NavItem = { href: string; label: string };

/** The main navigation of each role: a link is shown only where the page exists for that user. */
export function navigationFor(user: CurrentUser): NavItem[] {
  const home = { href: "/", label: "Accueil" };
  switch (user.role) {
    case "national":
      return [home, { href: "/utilisateurs", label: "Utilisateurs" }];
    case "regional":
      return [home];
    case "centre":
      return [home];
  }
}

export function isActivePath(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
