import type { CurrentUser } from "@/lib/auth/current-user";
import { isInTerritory } from "@/lib/auth/scope";

/** Juror records and habilitations belong to the State's agents; centre users only read the list to convene. */
export function canManageJures(user: CurrentUser): boolean {
  return user.role === "national" || user.role === "regional";
}

/** A regional agent manages the jurors living in their region (UD: in their département). */
export const canManageJureIn = isInTerritory;

export const JURE_INTROUVABLE = "Ce juré est introuvable.";
export const JURE_MODIFIE = "Ce juré a été modifié par quelqu'un d'autre depuis l'ouverture du formulaire. Rechargez la page, puis refaites votre modification.";
export const HABILITATION_INTROUVABLE = "Cette habilitation est introuvable.";
export const HABILITATION_MODIFIEE = "Cette habilitation a été modifiée par quelqu'un d'autre depuis l'ouverture de la page. Rechargez-la, puis refaites votre modification.";
export const HORS_PERIMETRE = "Cette commune de résidence est hors de votre périmètre : le juré relève de l'unité ou de la DREETS de sa résidence.";
export const IDENTITE_EXISTANTE = "Un juré de votre périmètre est déjà enregistré avec ces nom de naissance, prénoms et date de naissance : retrouvez-le dans la liste des jurés.";
/** The same refusal for a juror out of the agent's scope: it must not reveal that this person is a juror elsewhere. */
export const IDENTITE_REFUSEE = "Ce juré ne peut pas être enregistré par votre service. Vérifiez la saisie ; si elle est juste, contactez l'administration centrale (DGEFP).";
