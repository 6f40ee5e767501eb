import { statutLabels } from "@/lib/agrements/transitions";

/** How the history tab names an action and a field; unknown keys are shown as they are. */
export const actionLabels: Record<string, string> = {
  "utilisateur.cree": "Création du compte",
  "utilisateur.modifie": "Modification du compte",
  "utilisateur.desactive": "Désactivation du compte",
  "utilisateur.reactive": "Réactivation du compte",
  "utilisateur.verrouille": "Verrouillage après échecs de connexion",
  "centre.cree": "Création du centre",
  "site.cree": "Création d'un site",
  "agrement.importe": "Import de l'agrément depuis VALCE",
  "agrement.modifie_import": "Mise à jour de l'agrément par un import VALCE",
};

export const fieldLabels: Record<string, string> = {
  email: "Adresse électronique",
  prenom: "Prénom",
  nom: "Nom",
  role: "Rôle",
  regionCode: "Région",
  departementCode: "Département",
  centreId: "Centre",
  active: "Actif",
  motDePasse: "Mot de passe",
  verrouilleJusquA: "Verrouillé jusqu'à",
  siret: "SIRET",
  raisonSociale: "Raison sociale",
  libelle: "Libellé du site",
  adresse: "Adresse",
  codePostal: "Code postal",
  communeCode: "Code INSEE de la commune",
  communeNom: "Commune",
  legacyRef: "Identifiant VALCE",
  titre: "Titre et version",
  siteId: "Site",
  statut: "Statut",
  dateDecision: "Date de décision",
  validFrom: "Début de validité",
  validTo: "Fin de validité",
  motif: "Motif",
  source: "Origine",
};

const valueLabels: Record<string, Record<string, string>> = {
  role: { national: "National (DGEFP)", regional: "Régional (DREETS / DDETS)", centre: "Centre" },
  statut: statutLabels,
  source: { ceres: "Saisi dans CERES", valce: "Importé de VALCE" },
};

export function formatAuditValue(value: unknown, field?: string): string {
  if (typeof value === "string" && field && valueLabels[field]?.[value]) return valueLabels[field][value];
  if (value === null || value === undefined || value === "") return "—";
  if (value === true) return "oui";
  if (value === false) return "non";
  return typeof value === "string" ? value : JSON.stringify(value);
}
