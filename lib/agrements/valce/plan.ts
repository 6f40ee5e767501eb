import { createHash } from "node:crypto";
import type { AgrementStatut } from "@/db/schema";
import { statutLabels } from "@/lib/agrements/transitions";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isInTerritory } from "@/lib/auth/scope";
import { checkSiret } from "@/lib/centres/siret";
import { formatIsoDate } from "@/lib/dates";
import { normalizeName } from "@/lib/text/normalize";
import type { IsoDate } from "@/lib/titres/version-state";
import { parseDecision, parseValceDate, type ValceLine } from "./parse";
import { resolveCommune, type CommuneIndex, type ResolvedCommune } from "./resolve-commune";

/** The importing agent: its territory (isInTerritory, lib/auth/scope.ts) bounds the lines it may import. */
export type ImportScope = CurrentUser;
export type ExistingSite = { id: string; adresse: string; communeCode: string };
export type ExistingCentre = { id: string; siret: string; raisonSociale: string; regionCode: string; departementCode: string; sites: ExistingSite[] };
export type KnownVersion = { id: string; dateVersion: IsoDate | null; finDeVie: IsoDate | null };
export type AgrementValues = { statut: AgrementStatut; dateDecision: IsoDate | null; validFrom: IsoDate | null; validTo: IsoDate | null; motif: string | null };
export type ExistingAgrement = AgrementValues & {
  id: string;
  siteId: string;
  titreVersionId: string;
  centre: { siret: string; regionCode: string; departementCode: string };
};

/** What the planner reads from the database (loaded for the lines of the file only). */
export type ValceContext = {
  centres: Map<string, ExistingCentre>;
  /** Versions of each title code of the file. */
  versions: Map<string, KnownVersion[]>;
  communes: CommuneIndex;
  agrements: Map<string, ExistingAgrement>;
  scope: ImportScope;
};

export type LineOutcome = {
  line: number;
  identifiant: string;
  siret: string;
  raisonSociale: string;
  titre: string;
  site: string;
  statut: AgrementStatut | null;
  action: "creation" | "mise_a_jour" | "inchange" | "rejet";
  centre: "creation" | "existant" | null;
  siteAction: "creation" | "existant" | null;
  changes: string[];
  reasons: string[];
  warnings: string[];
};

/** An entity that exists (id) or that an earlier operation of the same plan creates (key). */
export type Ref = { id: string } | { key: string };
export type CentreValues = { siret: string; raisonSociale: string; adresse: string; codePostal: string; communeCode: string; communeNom: string; regionCode: string; departementCode: string };
export type SiteValues = { libelle: string; adresse: string; codePostal: string; communeCode: string; communeNom: string };
export type CentreCreation = { key: string; line: number; values: CentreValues };
export type SiteCreation = { key: string; line: number; centre: Ref; values: SiteValues };
export type AgrementWrite = { line: number; id: string | null; legacyRef: string; centre: Ref; site: Ref; titreVersionId: string; titre: string; values: AgrementValues; before: (AgrementValues & { siteId: string }) | null };

export type ValcePlan = { outcomes: LineOutcome[]; centres: CentreCreation[]; sites: SiteCreation[]; agrements: AgrementWrite[]; digest: string };

// One wording whether CERES knows the centre elsewhere or not: a rejected line reveals nothing outside the scope.
export const OUT_OF_SCOPE = "Centre inconnu ou hors de votre périmètre : seuls les centres de votre région (ou de votre département) peuvent être importés par vous.";


const fieldNames: Record<keyof AgrementValues, string> = {
  statut: "Statut",
  dateDecision: "Date de décision",
  validFrom: "Début de validité",
  validTo: "Fin de validité",
  motif: "Motif",
};
const show = (field: keyof AgrementValues, v: string | null) => (v === null ? "—" : field === "statut" ? statutLabels[v as AgrementStatut] : field === "motif" ? `« ${v} »` : formatIsoDate(v));

function readDate(text: string, label: string, reasons: string[]): IsoDate | null {
  const parsed = parseValceDate(text);
  if (parsed.ok) return parsed.value;
  reasons.push(`${label} « ${text} » invalide (attendu : JJ/MM/AAAA).`);
  return null;
}

function findVersion(ctx: ValceContext, code: string, date: IsoDate | null, raw: string, reasons: string[]): KnownVersion | null {
  if (!/^TP-\d{5}$/.test(code)) {
    reasons.push(`Version inconnue : code titre « ${code || "vide"} » invalide (attendu : TP- suivi de 5 chiffres).`);
    return null;
  }
  const versions = ctx.versions.get(code) ?? [];
  const found = date ? versions.find((v) => v.dateVersion === date) : undefined;
  if (found) return found;
  const known = versions.flatMap((v) => (v.dateVersion ? [formatIsoDate(v.dateVersion)] : [])).join(", ");
  if (versions.length === 0) reasons.push(`Version inconnue : le titre ${code} n'est pas dans le référentiel des titres.`);
  else reasons.push(`Version inconnue : ${code} n'a pas de version datée du ${raw || "—"}${known ? ` (versions connues : ${known})` : ""}.`);
  return null;
}

/** Checks of the decision and its dates; returns the values the agrément would take (before merging). */
function readDecision(l: ValceLine, version: KnownVersion | null, reasons: string[], warnings: string[]): AgrementValues | null {
  const statut = parseDecision(l.decision);
  if (!statut) reasons.push(l.decision ? `Décision « ${l.decision} » inconnue (attendu : Acceptée, Refusée ou En cours d'instruction).` : "Décision absente.");
  let dateDecision = readDate(l.dateDecision, "Date de décision", reasons);
  let validFrom = readDate(l.debutValidite, "Début de validité", reasons);
  let validTo = readDate(l.finValidite, "Fin de validité", reasons);
  if (!statut) return null;
  if (statut !== "en_instruction" && !dateDecision && !l.dateDecision) reasons.push(`Date de décision absente pour une décision « ${statutLabels[statut]} ».`);
  if (statut === "acceptee" && (!l.debutValidite || !l.finValidite)) reasons.push("Une décision acceptée doit indiquer son début et sa fin de validité.");
  if (statut === "en_instruction" && dateDecision) {
    warnings.push("Date de décision ignorée : la demande est encore en cours d'instruction.");
    dateDecision = null;
  }
  if (statut === "refusee" && (validFrom || validTo)) {
    warnings.push("Dates de validité ignorées : la demande a été refusée.");
    validFrom = validTo = null;
  }
  if (validFrom && validTo && validFrom > validTo) reasons.push(`Le début de validité (${formatIsoDate(validFrom)}) est postérieur à la fin (${formatIsoDate(validTo)}).`);
  if (validTo && version?.finDeVie && validTo > version.finDeVie) {
    reasons.push(`Fin de validité (${formatIsoDate(validTo)}) postérieure à la fin de vie de la version (${formatIsoDate(version.finDeVie)}) : un agrément ne peut pas aller au-delà.`);
  }
  const etat = l.etatValce ? parseDecision(l.etatValce) : statut;
  if (etat !== statut) {
    warnings.push(`État VALCE « ${l.etatValce} » sans effet : la décision « ${statutLabels[statut]} » fait foi${statut === "acceptee" ? " et l'agrément est accepté (R8)" : ""}.`);
  }
  return { statut, dateDecision, validFrom, validTo, motif: l.motif || null };
}

/** An import records decisions; it never overturns one already taken in CERES. */
function checkExisting(existing: ExistingAgrement, siret: string, version: KnownVersion | null, statut: AgrementStatut, reasons: string[]): void {
  if (existing.centre.siret !== siret) {
    reasons.push(`Cet identifiant VALCE est déjà l'agrément d'un autre centre (SIRET ${existing.centre.siret}) : un import ne le déplace pas.`);
  }
  if (version && existing.titreVersionId !== version.id) reasons.push("Cet identifiant VALCE porte dans CERES sur une autre version du titre : un import ne le déplace pas.");
  if (existing.statut !== "en_instruction" && existing.statut !== statut) {
    reasons.push(`La décision enregistrée dans CERES (« ${statutLabels[existing.statut]} ») diffère de celle du fichier (« ${statutLabels[statut]} ») : un import ne remplace pas une décision prise.`);
  }
}

/**
 * The dry run: for each line of a VALCE export, what applying it would create, update or leave unchanged
 * (centre, site, agrément), or why the line is rejected. Pure: the caller loads the context. An empty
 * cell keeps the stored value (a file says what it knows, it never erases).
 */
export function planValceImport(lines: ValceLine[], ctx: ValceContext): ValcePlan {
  const linesOfId = new Map<string, number[]>();
  for (const l of lines) if (l.identifiant) (linesOfId.get(l.identifiant) ?? linesOfId.set(l.identifiant, []).get(l.identifiant)!).push(l.line);
  const outcomes: LineOutcome[] = [];
  const newCentres = new Map<string, CentreCreation>();
  const newSites = new Map<string, SiteCreation>();
  const writes: AgrementWrite[] = [];

  for (const l of lines) {
    const reasons: string[] = l.problem ? [l.problem] : [];
    const warnings: string[] = [];
    const changes: string[] = [];
    const twins = linesOfId.get(l.identifiant) ?? [];
    if (!l.identifiant) reasons.push("Identifiant VALCE absent : l'agrément ne pourrait pas être retrouvé par un nouvel import.");
    else if (twins.length > 1) reasons.push(`Identifiant VALCE en double dans le fichier (lignes ${twins.join(", ")}) : aucune de ces lignes n'est importée.`);

    const siretCheck = checkSiret(l.siret);
    if (!siretCheck.ok) reasons.push(`SIRET « ${l.siret} » : ${siretCheck.message}`);
    const siret = siretCheck.ok ? siretCheck.siret : l.siret;
    const code = l.codeTitre.replace(/\s/g, "").toUpperCase();
    const versionReasons: string[] = [];
    const versionDate = readDate(l.dateVersion, "Date de version", versionReasons);
    const version = versionReasons.length ? null : findVersion(ctx, code, versionDate, l.dateVersion, versionReasons);
    reasons.push(...versionReasons);
    const decided = readDecision(l, version, reasons, warnings);

    const centre = siretCheck.ok ? ctx.centres.get(siret) : undefined;
    const planned = newCentres.get(siret);
    const commune = resolveCommune(ctx.communes, l.codePostal, l.commune);
    if (!commune.ok) reasons.push(commune.message);
    if (!l.adresse) reasons.push("Adresse du site absente.");
    if (!centre && !planned && !l.raisonSociale) reasons.push("Raison sociale absente : le centre, inconnu de CERES, ne peut pas être créé.");
    if (centre && l.raisonSociale && normalizeName(centre.raisonSociale) !== normalizeName(l.raisonSociale)) {
      warnings.push(`Raison sociale du fichier (« ${l.raisonSociale} ») différente de celle du centre (« ${centre.raisonSociale} ») : le centre n'est pas modifié.`);
    }
    const existing = l.identifiant ? ctx.agrements.get(l.identifiant) : undefined;
    if (existing && decided) checkExisting(existing, siret, version, decided.statut, reasons);

    const territory = centre ?? planned?.values ?? (commune.ok ? commune.commune : null);
    const outside = (territory && !isInTerritory(ctx.scope, territory)) || (existing && !isInTerritory(ctx.scope, existing.centre));
    const titre = version ? `${code} — version du ${formatIsoDate(version.dateVersion)}` : `${code || "—"} — ${l.dateVersion || "date absente"}`;
    const siteLabel = `${l.adresse}, ${l.codePostal} ${commune.ok ? commune.commune.nom : l.commune}`;
    // Out of scope, nothing stored about the centre is shown: the line says only what the file says.
    const raisonSociale = outside ? l.raisonSociale : (centre?.raisonSociale ?? l.raisonSociale);
    const base = { line: l.line, identifiant: l.identifiant, siret, raisonSociale, titre, site: siteLabel, statut: decided?.statut ?? null };
    if (outside || reasons.length || !decided || !version || !commune.ok) {
      const why = outside ? [OUT_OF_SCOPE] : reasons;
      outcomes.push({ ...base, action: "rejet", centre: null, siteAction: null, changes: [], reasons: why, warnings: outside ? [] : warnings });
      continue;
    }

    const place: ResolvedCommune = commune.commune;
    let centreRef: Ref;
    let centreAction: LineOutcome["centre"] = "existant";
    if (centre) centreRef = { id: centre.id };
    else {
      centreRef = { key: siret };
      if (!planned) {
        const values = { siret, raisonSociale: l.raisonSociale, adresse: l.adresse, codePostal: l.codePostal, communeCode: place.code, communeNom: place.nom, regionCode: place.regionCode, departementCode: place.departementCode };
        newCentres.set(siret, { key: siret, line: l.line, values });
        centreAction = "creation";
        changes.push(`Nouveau centre « ${l.raisonSociale} » (${place.nom}, ${place.departementCode})`);
      }
    }
    const address = normalizeName(l.adresse);
    const siteKey = `${siret}|${address}|${place.code}`;
    const knownSite = centre?.sites.find((s) => s.communeCode === place.code && normalizeName(s.adresse) === address);
    const siteRef: Ref = knownSite ? { id: knownSite.id } : { key: siteKey };
    let siteAction: LineOutcome["siteAction"] = "existant";
    if (!knownSite && !newSites.has(siteKey)) {
      newSites.set(siteKey, { key: siteKey, line: l.line, centre: centreRef, values: { libelle: `${place.nom} — ${l.adresse}`, adresse: l.adresse, codePostal: l.codePostal, communeCode: place.code, communeNom: place.nom } });
      siteAction = "creation";
      changes.push(`Nouveau site : ${siteLabel}`);
    }

    const values: AgrementValues = existing
      ? {
          statut: decided.statut,
          dateDecision: decided.dateDecision ?? existing.dateDecision,
          validFrom: decided.validFrom ?? existing.validFrom,
          validTo: decided.validTo ?? existing.validTo,
          motif: decided.motif ?? existing.motif,
        }
      : decided;
    let action: LineOutcome["action"] = "creation";
    if (existing) {
      for (const field of Object.keys(fieldNames) as (keyof AgrementValues)[]) {
        if (existing[field] !== values[field]) changes.push(`${fieldNames[field]} : ${show(field, existing[field])} → ${show(field, values[field])}`);
      }
      if (!("id" in siteRef) || siteRef.id !== existing.siteId) changes.push(`Site : ${siteLabel}`);
      action = changes.length ? "mise_a_jour" : "inchange";
    } else changes.push(`Nouvel agrément « ${statutLabels[values.statut]} »`);
    outcomes.push({ ...base, action, centre: centreAction, siteAction, changes, reasons: [], warnings });
    if (action !== "inchange") {
      const before = existing ? { statut: existing.statut, dateDecision: existing.dateDecision, validFrom: existing.validFrom, validTo: existing.validTo, motif: existing.motif, siteId: existing.siteId } : null;
      writes.push({ line: l.line, id: existing?.id ?? null, legacyRef: l.identifiant, centre: centreRef, site: siteRef, titreVersionId: version.id, titre, values, before });
    }
  }
  const plan = { outcomes, centres: [...newCentres.values()], sites: [...newSites.values()], agrements: writes };
  // Hashed item by item: one JSON text of a 20,000-line plan would weigh tens of megabytes.
  const hash = createHash("sha256");
  for (const part of [plan.outcomes, plan.centres, plan.sites, plan.agrements]) {
    hash.update(`${part.length}:`);
    for (const item of part) hash.update(`${JSON.stringify(item)}\n`);
  }
  return { ...plan, digest: hash.digest("hex") };
}

export type ValceSummary = { lignes: number; creations: number; misesAJour: number; inchangees: number; rejets: number; centresCrees: number; sitesCrees: number };

export function summarizeValce(plan: Pick<ValcePlan, "outcomes" | "centres" | "sites">): ValceSummary {
  const count = (a: LineOutcome["action"]) => plan.outcomes.filter((o) => o.action === a).length;
  return {
    lignes: plan.outcomes.length,
    creations: count("creation"),
    misesAJour: count("mise_a_jour"),
    inchangees: count("inchange"),
    rejets: count("rejet"),
    centresCrees: plan.centres.length,
    sitesCrees: plan.sites.length,
  };
}
