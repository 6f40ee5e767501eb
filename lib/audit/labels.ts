import { statutLabels } from "@/lib/agrements/transitions";

/** How the history tab names an action and a field; unknown keys are shown as they are. */
export const actionLabels: Record<string, string> = {
  "utilisateur.cree": "Création du compte",
  "utilisateur.modifie": "Modification du compte",
  "utilisateur.desactive": "Désactivation du compte",
  "utilisateur.reactive": "Réactivation du compte",
  "utilisateur.verrouille": "Verrouillage après échecs de connexion",
  "utilisateur.identite_liee": "Association de l'identité ProConnect",
  "connexion.reussie": "Connexion",
  "connexion.echec": "Échec de connexion",
  "connexion.fin": "Déconnexion",
  "centre.cree": "Création du centre",
  "centre.modifie": "Modification de l'identification",
  "centre.type_enregistre": "Enregistrement du type de centre",
  "centre.representant_modifie": "Modification du représentant",
  "site.cree": "Ajout d'un site",
  "site.modifie": "Modification d'un site",
  "agrement.depose": "Dépôt de la demande d'agrément",
  "agrement.accepte": "Acceptation de l'agrément",
  "agrement.refuse": "Refus de l'agrément",
  "agrement.retire": "Retrait de l'agrément",
  "jure.cree": "Création du juré",
  "jure.modifie": "Modification de la fiche du juré",
  "jure.lien_ajoute": "Déclaration d'un lien avec un centre",
  "jure.lien_modifie": "Modification d'un lien avec un centre",
  "jure.importe": "Création par import",
  "habilitation.creee": "Ouverture d'une habilitation",
  "habilitation.modifiee": "Modification des compétences",
  "habilitation.periode_ajoutee": "Ajout d'une période d'habilitation",
  "habilitation.periode_prolongee": "Extension d'une période d'habilitation",
  "habilitation.importee": "Période importée",
  "titre.cree": "Création du titre",
  "titre.modifie": "Modification du titre",
  "version.creee": "Ajout d'une version",
  "version.modifiee": "Modification d'une version",
  "ccp.ajoute": "Ajout d'un CCP",
  "ccp.modifie": "Modification d'un CCP",
  "ccp.supprime": "Suppression d'un CCP",
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
  raisonSociale: "Raison sociale",
  adresse: "Adresse",
  codePostal: "Code postal",
  communeCode: "Code commune",
  communeNom: "Commune",
  reseaux: "Réseaux",
  typeCentre: "Type de centre",
  aPartirDu: "À partir du",
  typeActuel: "Type actuel",
  representantCivilite: "Civilité du représentant",
  representantNom: "Nom du représentant",
  representantPrenom: "Prénom du représentant",
  representantFonction: "Fonction du représentant",
  representantEmail: "Courriel du représentant",
  representantTelephone: "Téléphone du représentant",
  site: "Site",
  statut: "Statut",
  dateDecision: "Date de décision",
  validFrom: "Valide à partir du",
  validTo: "Valide jusqu'au",
  motif: "Motif",
  titre: "Titre",
  centre: "Centre",
  civilite: "Civilité",
  nomNaissance: "Nom de naissance",
  nomUsage: "Nom d'usage",
  prenoms: "Prénoms",
  dateNaissance: "Date de naissance",
  naissanceCommuneCode: "Code de la commune de naissance",
  naissanceCommuneNom: "Commune de naissance",
  naissancePaysCode: "Pays de naissance",
  naissanceVille: "Ville de naissance",
  residenceCommuneCode: "Code de la commune de résidence",
  residenceCommuneNom: "Commune de résidence",
  residenceDepartementCode: "Département de résidence",
  residenceRegionCode: "Région de résidence",
  telephone: "Téléphone",
  employeurRaisonSociale: "Employeur",
  employeurSiret: "SIRET de l'employeur",
  type: "Nature du lien",
  precision: "Précision",
  dateDebut: "Début",
  dateFin: "Fin",
  titreVersionId: "Version du titre",
  dateDebutEmploi: "Date de début d'emploi lié au TP",
  dateDerniereOccupation: "Dernière date connue d'occupation de l'emploi",
  dateProfessionnalisation: "Date de professionnalisation",
  commentaires: "Commentaires",
  derogation: "Dérogation",
  ligne: "Ligne du fichier",
  code: "Code",
  intitule: "Intitulé",
  sigle: "Sigle",
  version: "Version",
  millesime: "Millésime",
  dateVersion: "Date de version",
  niveau: "Niveau",
  rncp: "RNCP",
  nsfCode: "Code NSF",
  finDeVie: "Fin de vie",
  ccps: "CCP",
  ccp: "CCP n°",
  numero: "Numéro",
  libelle: "Intitulé du CCP",
  siret: "SIRET",
  legacyRef: "Identifiant VALCE",
  siteId: "Site",
  source: "Origine",
};

/** Calendar dates (stored as YYYY-MM-DD) are shown the French way. */
const dateFields = new Set(["dateVersion", "finDeVie"]);

const valueLabels: Record<string, Record<string, string>> = {
  role: { national: "National (DGEFP)", regional: "Régional (DREETS / DDETS)", centre: "Centre" },
  type: { salarie: "Salarié", formateur: "Formateur", autre: "Autre" },
  statut: statutLabels,
  source: { ceres: "Saisi dans CERES", valce: "Importé de VALCE" },
};

export function formatAuditValue(value: unknown, field?: string): string {
  if (typeof value === "string" && field && valueLabels[field]?.[value]) return valueLabels[field][value];
  if (value === null || value === undefined || value === "") return "—";
  if (value === true) return "oui";
  if (value === false) return "non";
  if (typeof value === "string" && field && dateFields.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split("-").reverse().join("/");
  // A list (the CCPs of a version) reads as its items, one after the other.
  if (Array.isArray(value)) return value.length ? value.map((v) => formatAuditValue(v)).join(" ; ") : "aucun";
  return typeof value === "string" ? value : JSON.stringify(value);
}

// Référentiels — commune des UD (lieu de délivrance des parchemins).
Object.assign(actionLabels, { "departement.commune_ud_modifiee": "Modification de la commune de l'UD" });
Object.assign(fieldLabels, { udCommuneCode: "Code INSEE de la commune de l'UD", udCommuneNom: "Commune de l'UD (lieu de délivrance)" });
