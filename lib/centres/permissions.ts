import type { CurrentUser } from "@/lib/auth/current-user";
import { isInTerritory } from "@/lib/auth/scope";

/** Who changes what on a centre (the rows themselves are scoped by lib/auth/scope.ts). */
export const centrePermissions = {
  /** Regional agents (UD: their département) and national users create centres and edit SIRET-free identity. */
  editIdentity: (user: CurrentUser) => user.role === "national" || user.role === "regional",
  /** The type de centre opens R1's prolongation: only the State sets it. */
  setType: (user: CurrentUser) => user.role === "national" || user.role === "regional",
  /** The centre itself maintains its représentant and its sites. */
  editRepresentantAndSites: (_user: CurrentUser) => true,
};

/** A regional agent creates centres only in their own region (UD: their own département). */
export const canCreateCentreIn = isInTerritory;
