import { statutLabels } from "@/lib/agrements/transitions";
import { agrementAuditLabels } from "@/lib/agrements/audit";
import { candidatAuditLabels, parcoursLabels } from "@/lib/candidats/audit";
import { fusionAuditLabels } from "@/lib/candidats/merge/audit";
import { centreAuditLabels } from "@/lib/centres/audit";
import { formatDateTimeParis, formatIsoDate, isIsoDate } from "@/lib/dates";
import { jureAuditLabels } from "@/lib/jures/audit";
import { decisionLabels } from "@/lib/resultats/coherence";
import { validationAuditLabels } from "@/lib/resultats/validation-audit";
import { parcheminAuditLabels } from "@/lib/parchemins/audit";
import { sessionAuditLabels } from "@/lib/sessions/audit";
import { sessionStatutLabels } from "@/lib/sessions/transitions";
import { territoireAuditLabels, territoireFieldLabels } from "@/lib/territoires/audit";
import { titreAuditLabels } from "@/lib/titres/audit";
import { userAuditLabels } from "@/lib/users/audit";

/** Each domain declares its actions; the history names them from this union (unknown ones as they are). */
export const actionLabels = {
  ...userAuditLabels,
  ...centreAuditLabels,
  ...agrementAuditLabels,
  ...jureAuditLabels,
  ...titreAuditLabels,
  ...territoireAuditLabels,
  ...sessionAuditLabels,
  ...candidatAuditLabels,
  ...fusionAuditLabels,
  ...validationAuditLabels,
  ...parcheminAuditLabels,
};

/** Every action name recordAudit accepts: a new action must get its label in its domain first. */
export type AuditAction = keyof typeof actionLabels;

export function actionLabel(action: string): string {
  return (actionLabels as Record<string, string>)[action] ?? action;
}

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
  ...territoireFieldLabels,
  du: "Premier jour de la session",
  au: "Dernier jour de la session",
  departement: "Département de résidence",
  recherche: "Recherche sur le nom",
  lignes: "Lignes exportées",
  heureDebut: "Heure de début",
  convocationAt: "Convocation",
  convocationSaisie: "Convocation saisie",
  capacite: "Nombre de places",
  ccpIds: "CCP évalués",
  agrementId: "Agrément",
  enProlongation: "Dans la prolongation du titre",
  jure: "Juré",
  jureId: "Identifiant du juré",
  jures: "Jurés éligibles au jury",
  filtres: "Filtres",
  parcours: "Parcours",
  session: "Session",
  candidat: "Candidat",
  prochesAffiches: "Fiches proches montrées",
  presence: "Présence",
  decision: "Décision",
  jour: "Jour de session",
  candidats: "Candidats",
  livret: "Livret",
};

/** Fields holding a calendar day ("2026-03-12", shown 12/03/2026) or an instant (shown in Paris time). */
const dateFields = new Set(["dateVersion", "finDeVie", "aPartirDu", "dateDecision", "validFrom", "validTo", "dateNaissance", "dateDebut", "dateFin", "dateDebutEmploi", "dateDerniereOccupation", "dateProfessionnalisation", "jour"]);
const instantFields = new Set(["verrouilleJusquA", "convocationAt"]);

const valueLabels: Record<string, Record<string, string>> = {
  role: { national: "National (DGEFP)", regional: "Régional (DREETS / DDETS)", centre: "Centre" },
  type: { salarie: "Salarié", formateur: "Formateur", autre: "Autre", titre: "Session titre", ccp: "Session CCP" },
  statut: { ...statutLabels, ...sessionStatutLabels },
  source: { ceres: "Saisi dans CERES", valce: "Importé de VALCE" },
  parcours: parcoursLabels,
  presence: { present: "Présent", absent: "Absent" },
  decision: decisionLabels,
};

export function formatAuditValue(value: unknown, field?: string): string {
  if (typeof value === "string" && field && valueLabels[field]?.[value]) return valueLabels[field][value];
  if (value === null || value === undefined || value === "") return "—";
  if (value === true) return "oui";
  if (value === false) return "non";
  if (typeof value === "string" && field && dateFields.has(field) && isIsoDate(value)) return formatIsoDate(value);
  if (typeof value === "string" && field && instantFields.has(field) && !Number.isNaN(Date.parse(value))) return formatDateTimeParis(value);
  // A list (the CCPs of a version) reads as its items, one after the other.
  if (Array.isArray(value)) return value.length ? value.map((v) => formatAuditValue(v)).join(" ; ") : "aucun";
  return typeof value === "string" ? value : JSON.stringify(value);
}
