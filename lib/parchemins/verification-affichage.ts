import { formatIsoDate } from "@/lib/dates";
import { formatDateParis } from "@/lib/dates/paris";
import { formatParcheminNumero } from "./numero";
import type { ParcheminVerifie, SignatureVerifiee } from "./verification";

/** "Madame NGUYỄN Thị Lan", with the usage name as the parchemin prints it. */
function titulaire(p: ParcheminVerifie): string {
  const usage = p.nomUsage && p.nomUsage !== p.nomNaissance ? ` ${p.nomUsage}` : "";
  const naissance = usage ? ` (${p.civilite === "Madame" ? "née" : "né"} ${p.nomNaissance})` : "";
  return `${p.civilite}${usage || ` ${p.nomNaissance}`} ${p.prenoms}${naissance}`;
}

/** What the parchemin prints, row by row (and nothing else): shown to anyone who holds its number. */
export function lignesImprimees(p: ParcheminVerifie): [string, string][] {
  return [
    ["Numéro", formatParcheminNumero(p.numero)],
    ["Titre professionnel", p.titreIntitule],
    ["Code du titre", p.titreCode],
    ["Niveau", p.niveau === null ? "-" : `Niveau ${p.niveau}`],
    ["Code NSF", p.nsfCode],
    ["Numéro RNCP", p.rncp ?? "-"],
    ["Délivré à", titulaire(p)],
    [p.civilite === "Madame" ? "Née le" : "Né le", `${formatIsoDate(p.dateNaissance)} à ${p.lieuNaissance}`],
    ["Fait à", `${p.lieuDelivrance}, le ${formatIsoDate(p.delivreLe)}`],
  ];
}

export function statutLabel(p: Pick<ParcheminVerifie, "statut" | "annuleAt">): string {
  return p.statut === "valide" ? "Valide" : `Annulé le ${formatDateParis(p.annuleAt)}`;
}

export function statutExplication(p: Pick<ParcheminVerifie, "statut">): string {
  return p.statut === "valide"
    ? "Ce parchemin a été délivré par le ministère du Travail. Comparez les informations ci-dessous avec le document présenté."
    : "Ce parchemin a été délivré puis annulé par le ministère du Travail : il ne vaut plus titre professionnel.";
}

export const SIGNATURE_MESSAGES: Record<SignatureVerifiee, { severity: "success" | "warning" | "error"; title: string; description: string }> = {
  valide: {
    severity: "success",
    title: "Signature valide",
    description: "Le QR code est signé par le ministère du Travail et ses informations correspondent à ce parchemin.",
  },
  differente: {
    severity: "warning",
    title: "Signature valide, informations différentes",
    description:
      "Le QR code est bien signé par le ministère du Travail, mais ses informations ne correspondent plus à ce parchemin (par exemple après une rectification de l'état civil). Fiez-vous aux informations ci-dessous.",
  },
  invalide: {
    severity: "error",
    title: "Signature invalide",
    description: "Le QR code n'est pas signé par le ministère du Travail ou a été modifié. Fiez-vous aux informations ci-dessous.",
  },
};
