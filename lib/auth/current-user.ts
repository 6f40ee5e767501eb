import type { UserRole } from "@/db/schema";

/** The signed-in person, as every rule and query sees them (DESIGN.md, "Roles and scope"). */
export type CurrentUser = { id: string; email: string; prenom: string; nom: string } & (
  | { role: "national" }
  | { role: "regional"; regionCode: string; departementCode: string | null }
  | { role: "centre"; centreId: string }
);

export const roleLabels: Record<UserRole, string> = {
  national: "National (DGEFP)",
  regional: "Régional (DREETS / DDETS)",
  centre: "Centre",
};

/** A users row turned into the union; null when the row is not a coherent active account. */
export function toCurrentUser(row: {
  id: string;
  email: string;
  prenom: string;
  nom: string;
  role: UserRole;
  regionCode: string | null;
  departementCode: string | null;
  centreId: string | null;
  active: boolean;
}): CurrentUser | null {
  if (!row.active) return null;
  const base = { id: row.id, email: row.email, prenom: row.prenom, nom: row.nom };
  switch (row.role) {
    case "national":
      return { ...base, role: "national" };
    case "regional":
      return row.regionCode ? { ...base, role: "regional", regionCode: row.regionCode, departementCode: row.departementCode } : null;
    case "centre":
      return row.centreId ? { ...base, role: "centre", centreId: row.centreId } : null;
  }
}

export function describeScope(user: CurrentUser, names: { region?: string; departement?: string; centre?: string } = {}): string {
  switch (user.role) {
    case "national":
      return "National";
    case "regional":
      return user.departementCode
        ? `UD ${names.departement ?? user.departementCode}`
        : `DREETS ${names.region ?? user.regionCode}`;
    case "centre":
      return names.centre ?? "Centre";
  }
}
