import type { Civilite } from "@/db/schema";
import { formatIsoDate } from "@/lib/dates";
import { normalizeName } from "@/lib/text/normalize";
import { isIsoDate } from "@/lib/titres/schemas";
import type { IsoDate } from "@/lib/titres/version-state";
import type { ImportLine } from "./parse";

export type CommuneFact = { nom: string; kind: string; validFrom: IsoDate; validTo: IsoDate | null; departementCode: string; regionCode: string };

/** What a line says, read and checked on its own (the planner then confronts it with the database). */
export type LineFacts = {
  civilite: Civilite;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: IsoDate;
  naissance: { communeCode: string; communeNom: string } | { paysCode: string; ville: string };
  residence: { code: string; nom: string; departementCode: string; regionCode: string };
  email: string | null;
  telephone: string | null;
  codeTp: string;
  dateVersion: IsoDate;
  periode: { debut: IsoDate; fin: IsoDate };
  competences: { dateDebutEmploi: IsoDate | null; dateDerniereOccupation: IsoDate | null; dateProfessionnalisation: IsoDate | null };
  commentaire: string | null;
};

export type Referentiels = {
  communes: Map<string, CommuneFact[]>;
  /** Country codes, and normalised country names → code. */
  pays: Map<string, string>;
};

const CIVILITES: Record<string, Civilite> = { m: "Monsieur", mr: "Monsieur", monsieur: "Monsieur", mme: "Madame", madame: "Madame", mlle: "Madame", mademoiselle: "Madame" };
const KIND_ORDER = ["commune", "arrondissement", "deleguee", "associee"];

/** 18/11/2015 (the legacy format) or 2015-11-18; anything else is invalid (null), an empty cell is undefined. */
export function readDate(value: string): IsoDate | null | undefined {
  if (!value) return undefined;
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : value;
  return isIsoDate(iso) ? iso : null;
}

function communeOn(rows: CommuneFact[] | undefined, date: IsoDate | null): CommuneFact | undefined {
  return (rows ?? [])
    .filter((r) => (date === null ? r.validTo === null : r.validFrom <= date && (r.validTo === null || r.validTo > date)))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
}

export function readLine(l: ImportLine, ref: Referentiels): { ok: true; facts: LineFacts; warnings: string[] } | { ok: false; reasons: string[] } {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const date = (value: string, label: string, required: boolean) => {
    const d = readDate(value);
    if (d === null) reasons.push(`${label} « ${value} » invalide (JJ/MM/AAAA).`);
    if (d === undefined && required) reasons.push(`${label} absente.`);
    return d ?? null;
  };
  const civilite = CIVILITES[normalizeName(l.civilite).replace(/\s/g, "")];
  if (!civilite) reasons.push(`Civilité « ${l.civilite} » inconnue (Madame ou Monsieur).`);
  if (!l.nom_naissance) reasons.push("Nom de naissance absent.");
  if (!l.prenoms) reasons.push("Prénoms absents.");
  const dateNaissance = date(l.date_naissance, "Date de naissance", true);
  const debut = date(l.debut_periode, "Date de début de période", true);
  const fin = date(l.fin_periode, "Date de fin de période", true);
  if (debut && fin && fin < debut) reasons.push("La fin de la période précède son début.");
  const dateVersion = date(l.date_version, "Date de version du titre", true);
  const codeTp = l.code_tp.toUpperCase().replace(/\s/g, "");
  if (!/^TP-\d{5}$/.test(codeTp)) reasons.push(`Code du titre « ${l.code_tp} » invalide (TP- suivi de 5 chiffres).`);
  const competences = {
    dateDebutEmploi: date(l.date_debut_emploi, "Date de début d'emploi", false),
    dateDerniereOccupation: date(l.date_derniere_occupation, "Dernière date d'occupation de l'emploi", false),
    dateProfessionnalisation: date(l.date_professionnalisation, "Date de professionnalisation", false),
  };

  let naissance: LineFacts["naissance"] | null = null;
  const communeCode = /^([0-9][0-9AB][0-9]{3})\b/i.exec(l.commune_naissance)?.[1]?.toUpperCase();
  if (communeCode) {
    const commune = dateNaissance ? communeOn(ref.communes.get(communeCode), dateNaissance) : undefined;
    if (commune) naissance = { communeCode, communeNom: commune.nom };
    else if (dateNaissance) reasons.push(`Aucune commune ne portait le code ${communeCode} le ${formatIsoDate(dateNaissance)}.`);
  } else if (l.commune_naissance) {
    reasons.push(`Commune de naissance « ${l.commune_naissance} » : le code INSEE est attendu.`);
  } else if (l.pays_naissance) {
    const paysCode = ref.pays.get(l.pays_naissance.toUpperCase()) ?? ref.pays.get(normalizeName(l.pays_naissance));
    if (!paysCode) reasons.push(`Pays de naissance « ${l.pays_naissance} » inconnu.`);
    else if (!l.ville_naissance) reasons.push("Ville de naissance absente pour une naissance à l'étranger.");
    else naissance = { paysCode, ville: l.ville_naissance };
  } else reasons.push("Lieu de naissance absent (commune, ou pays et ville).");

  const residenceCode = /^([0-9][0-9AB][0-9]{3})\b/i.exec(l.commune_residence)?.[1]?.toUpperCase() ?? "";
  const current = communeOn(ref.communes.get(residenceCode), null);
  if (!current) reasons.push(`Commune de résidence « ${l.commune_residence} » : aucune commune actuelle n'a ce code.`);

  let email: string | null = l.email || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    warnings.push(`Adresse électronique « ${email} » invalide : non reprise.`);
    email = null;
  }
  if (reasons.length || !civilite || !dateNaissance || !debut || !fin || !dateVersion || !naissance || !current) return { ok: false, reasons };
  return {
    ok: true,
    warnings,
    facts: {
      civilite,
      nomNaissance: l.nom_naissance.toUpperCase(),
      nomUsage: l.nom_usage ? l.nom_usage.toUpperCase() : null,
      prenoms: l.prenoms,
      dateNaissance,
      naissance,
      residence: { code: residenceCode, nom: current.nom, departementCode: current.departementCode, regionCode: current.regionCode },
      email,
      telephone: l.telephone || null,
      codeTp,
      dateVersion,
      periode: { debut, fin },
      competences,
      commentaire: l.commentaire || null,
    },
  };
}
