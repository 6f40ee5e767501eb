import { users } from "@/db/schema";

/**
 * The users columns that make a CurrentUser (toCurrentUser): selected by the password sign-in, the
 * ProConnect sign-in and the re-reading of every request, each adding what it needs besides.
 */
export const currentUserColumns = {
  id: users.id,
  email: users.email,
  prenom: users.prenom,
  nom: users.nom,
  role: users.role,
  regionCode: users.regionCode,
  departementCode: users.departementCode,
  centreId: users.centreId,
  active: users.active,
};
