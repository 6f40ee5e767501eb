import type { CurrentUser } from "@/lib/auth/current-user";

export type NavItem = { href: string; label: string } | { label: string; children: { href: string; label: string }[] };

const referentiels: NavItem = {
  label: "Référentiels",
  children: [
    { href: "/referentiels/communes", label: "Communes" },
    { href: "/referentiels/territoires", label: "Régions et départements" },
    { href: "/referentiels/nsf", label: "Nomenclature NSF" },
  ],
};

const agrements: NavItem = {
  label: "Agréments",
  children: [
    { href: "/agrements", label: "Demandes à instruire" },
    { href: "/agrements/import", label: "Importer depuis VALCE" },
  ],
};

/** The main navigation of each role: a link is shown only where the page exists for that user. */
export function navigationFor(user: CurrentUser): NavItem[] {
  const home: NavItem = { href: "/", label: "Accueil" };
  const titres: NavItem = { href: "/titres", label: "Titres" };
  const sessions: NavItem = { href: "/sessions", label: "Sessions" };
  const candidats: NavItem = { href: "/candidats", label: "Candidats" };
  const validations: NavItem = { href: "/validations", label: "Sessions à valider" };
  const agents: NavItem[] = [home, sessions, validations, candidats, { href: "/centres", label: "Centres" }, agrements, titres, { href: "/jures", label: "Jurés" }, referentiels];
  switch (user.role) {
    case "national":
      return [...agents, { href: "/utilisateurs", label: "Utilisateurs" }];
    case "regional":
      return agents;
    case "centre":
      return [home, sessions, candidats, { href: `/centres/${user.centreId}`, label: "Mon centre" }, titres, { href: "/jures/a-convoquer", label: "Jurés à convoquer" }, referentiels];
  }
}

export function isActivePath(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Every link of the navigation, menus flattened (for tests and the site map). */
export function navigationHrefs(items: NavItem[]): string[] {
  return items.flatMap((item) => ("children" in item ? item.children.map((c) => c.href) : [item.href]));
}
