/** How the history tab names an action and a field; unknown keys are shown as they are. */
export const actionLabels: Record<string, string> = {
  "utilisateur.cree": "Création du compte",
  "utilisateur.modifie": "Modification du compte",
  "utilisateur.desactive": "Désactivation du compte",
  "utilisateur.reactive": "Réactivation du compte",
  "utilisateur.verrouille": "Verrouillage après échecs de connexion",
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
};

const valueLabels: Record<string, Record<string, string>> = {
  role: { national: "National (DGEFP)", regional: "Régional (DREETS / DDETS)", centre: "Centre" },
};

export function formatAuditValue(value: unknown, field?: string): string {
  if (typeof value === "string" && field && valueLabels[field]?.[value]) return valueLabels[field][value];
  if (value === null || value === undefined || value === "") return "—";
  if (value === true) return "oui";
  if (value === false) return "non";
  return typeof value === "string" ? value : JSON.stringify(value);
}

// Référentiels — commune des UD (lieu de délivrance des parchemins).
Object.assign(actionLabels, { "departement.commune_ud_modifiee": "Modification de la commune de l'UD" });
Object.assign(fieldLabels, { udCommuneCode: "Code INSEE de la commune de l'UD", udCommuneNom: "Commune de l'UD (lieu de délivrance)" });
