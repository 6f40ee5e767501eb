import { createHash } from "node:crypto";
import { countOutcomes } from "@/lib/import/outcomes";
import { versionLabel } from "../current-version";
import { isIsoDate, MILLESIME, normalizeNsf, RNCP_CODE, TITRE_CODE } from "../schemas";
import type { TitreLine } from "./parse";

export type ExistingVersion = {
  id: string;
  millesime: string | null;
  dateVersion: string | null;
  niveau: number | null;
  rncp: string | null;
  nsfCode: string | null;
  finDeVie: string | null;
  ccps: string[];
};
export type ExistingTitre = { id: string; code: string; intitule: string; sigle: string | null; versions: ExistingVersion[] };

export type VersionValues = Omit<ExistingVersion, "id">;

export type LineOutcome = {
  line: number;
  code: string;
  version: string;
  action: "creation" | "mise_a_jour" | "inchange" | "rejet";
  changes: string[];
  reasons: string[];
  warnings: string[];
};

/** What applying does, line by line; ids are absent for what does not exist yet. */
export type Operation = {
  line: number;
  code: string;
  titre: { id: string | null; intitule: string; sigle: string | null; changed: boolean };
  /** `changed` is false when only the title's own fields change on this line: the version is left alone. */
  version: { id: string | null; values: VersionValues; before: VersionValues | null; changed: boolean; ccpsChanged: boolean };
};

export type ImportPlan = { outcomes: LineOutcome[]; operations: Operation[]; digest: string };

export { versionLabel };

const fieldLabels: Record<keyof VersionValues, string> = {
  millesime: "millésime",
  dateVersion: "date de version",
  niveau: "niveau",
  rncp: "RNCP",
  nsfCode: "NSF",
  finDeVie: "fin de vie",
  ccps: "CCP",
};

function show(value: unknown): string {
  if (value === null || value === undefined) return "vide";
  return Array.isArray(value) ? `${value.length} CCP` : String(value);
}

function withoutId({ id: _id, ...values }: ExistingVersion): VersionValues {
  return values;
}

function findVersion(titre: ExistingTitre | undefined, millesime: string | null, date: string | null): ExistingVersion | undefined {
  if (!titre) return undefined;
  if (millesime) {
    const byMillesime = titre.versions.find((v) => v.millesime === millesime);
    if (byMillesime) return byMillesime;
    return date ? titre.versions.find((v) => v.millesime === null && v.dateVersion === date) : undefined;
  }
  // Without millésime, the version of that date without millésime first: two versions of one title may
  // share a date when one has a millésime, and the line must always land on the same one.
  return titre.versions.find((v) => v.millesime === null && v.dateVersion === date) ?? titre.versions.find((v) => v.dateVersion === date);
}

/**
 * The dry run: for each line, what an import would create, update or leave unchanged, or why it rejects
 * the line. Pure: the caller loads the titles of the file and the NSF codes. An empty cell keeps the
 * stored value (a file says what it knows, it never erases).
 */
export function planTitresImport(lines: TitreLine[], existing: Map<string, ExistingTitre>, nsfCodes: Set<string>): ImportPlan {
  const outcomes: LineOutcome[] = [];
  const operations: Operation[] = [];
  const seenKeys = new Map<string, number>();
  const intituleOf = new Map<string, { intitule: string; line: number }>();
  const newTitres = new Set<string>();
  const targeted = new Map<string, number>();

  for (const l of lines) {
    const reasons: string[] = [];
    const warnings: string[] = [];
    const code = l.code_tp.toUpperCase();
    const millesime = l.millesime ? l.millesime.padStart(2, "0") : null;
    const dateVersion = l.date_version || null;
    const finDeVie = l.date_fin_enregistrement || null;
    const nsf = l.nsf ? normalizeNsf(l.nsf) : null;
    const rncp = l.rncp ? l.rncp.toUpperCase() : null;
    const niveau = l.niveau ? Number(l.niveau) : null;
    const ccpList = l.ccp ? l.ccp.split("|").map((c) => c.trim()).filter(Boolean) : null;

    if (!code) reasons.push("Code TP absent : un titre ne peut pas être créé sans son code officiel.");
    else if (!TITRE_CODE.test(code)) reasons.push(`Code TP « ${l.code_tp} » invalide (attendu : TP- suivi de 5 chiffres).`);
    if (!l.intitule) reasons.push("Intitulé absent.");
    if (millesime && !MILLESIME.test(millesime)) reasons.push(`Millésime « ${l.millesime} » invalide (2 chiffres).`);
    if (dateVersion && !isIsoDate(dateVersion)) reasons.push(`Date de version « ${l.date_version} » invalide (AAAA-MM-JJ).`);
    if (finDeVie && !isIsoDate(finDeVie)) reasons.push(`Date de fin de vie « ${l.date_fin_enregistrement} » invalide (AAAA-MM-JJ).`);
    if (!millesime && !dateVersion) reasons.push("Ni millésime ni date de version : la version ne peut pas être identifiée.");
    if (niveau !== null && !(Number.isInteger(niveau) && niveau >= 3 && niveau <= 7)) reasons.push(`Niveau « ${l.niveau} » invalide (3 à 7).`);
    if (rncp && !RNCP_CODE.test(rncp)) reasons.push(`Numéro RNCP « ${l.rncp} » invalide (RNCP suivi de chiffres).`);
    if (nsf && !nsfCodes.has(nsf)) reasons.push(`Code NSF « ${l.nsf} » inconnu de la nomenclature.`);

    const key = `${code}|${millesime ?? dateVersion}`;
    const version = { millesime, dateVersion };
    if (reasons.length === 0) {
      const previous = seenKeys.get(key);
      if (previous) reasons.push(`Même titre et même version que la ligne ${previous}.`);
      const firstIntitule = intituleOf.get(code);
      if (firstIntitule && firstIntitule.intitule !== l.intitule) {
        reasons.push(`Intitulé différent de celui de la ligne ${firstIntitule.line} pour le même code.`);
      }
    }

    const titre = existing.get(code);
    const found = reasons.length ? undefined : findVersion(titre, millesime, dateVersion);
    // Two lines landing on one stored version (one by millésime, one by date) would overwrite each other.
    const sameVersionLine = found ? targeted.get(found.id) : undefined;
    if (sameVersionLine) reasons.push(`Désigne la même version que la ligne ${sameVersionLine}.`);
    const before: VersionValues | null = found ? withoutId(found) : null;
    const merged: VersionValues = {
      millesime: millesime ?? before?.millesime ?? null,
      dateVersion: dateVersion ?? before?.dateVersion ?? null,
      niveau: niveau ?? before?.niveau ?? null,
      rncp: rncp ?? before?.rncp ?? null,
      nsfCode: nsf ?? before?.nsfCode ?? null,
      finDeVie: finDeVie ?? before?.finDeVie ?? null,
      ccps: ccpList ?? before?.ccps ?? [],
    };
    if (reasons.length === 0 && merged.finDeVie && merged.dateVersion && merged.finDeVie <= merged.dateVersion) {
      reasons.push("La fin de vie doit être postérieure à la date de la version.");
    }

    if (reasons.length) {
      outcomes.push({ line: l.line, code: code || "—", version: millesime || dateVersion ? versionLabel(version) : "—", action: "rejet", changes: [], reasons, warnings });
      continue;
    }
    seenKeys.set(key, l.line);
    if (found) targeted.set(found.id, l.line);
    // The title's own fields (intitulé, sigle) are taken from its first accepted line only.
    const firstOfTitre = !intituleOf.has(code);
    intituleOf.set(code, intituleOf.get(code) ?? { intitule: l.intitule, line: l.line });

    if (!merged.nsfCode) warnings.push("NSF absent : le parchemin de cette version n'imprimerait aucun code NSF.");
    if (merged.niveau === null) warnings.push("Niveau absent.");
    if (!merged.dateVersion) warnings.push("Date de version absente.");

    const changes: string[] = [];
    const sigle = l.sigle || titre?.sigle || null;
    const titreChanged = firstOfTitre && (!titre || titre.intitule !== l.intitule || titre.sigle !== sigle);
    if (!titre && !newTitres.has(code)) changes.push(`Nouveau titre « ${l.intitule} »`);
    else if (titre && titreChanged && titre.intitule !== l.intitule) changes.push(`Intitulé : « ${titre.intitule} » → « ${l.intitule} »`);
    if (titre && titreChanged && titre.sigle !== sigle) changes.push(`Sigle : ${show(titre.sigle)} → ${show(sigle)}`);
    if (!before) changes.push(`Nouvelle version${merged.ccps.length ? ` avec ${merged.ccps.length} CCP` : ""}`);
    let ccpsChanged = !before && merged.ccps.length > 0;
    let versionChanged = !before;
    if (before) {
      for (const field of Object.keys(fieldLabels) as (keyof VersionValues)[]) {
        if (JSON.stringify(before[field]) !== JSON.stringify(merged[field])) {
          changes.push(`${fieldLabels[field]} : ${show(before[field])} → ${show(merged[field])}`);
          versionChanged = true;
          if (field === "ccps") ccpsChanged = true;
        }
      }
    }
    if (!titre) newTitres.add(code);
    const action = !titre || !before ? "creation" : changes.length ? "mise_a_jour" : "inchange";
    outcomes.push({ line: l.line, code, version: versionLabel(merged), action, changes, reasons: [], warnings });
    if (action !== "inchange") {
      operations.push({
        line: l.line,
        code,
        titre: { id: titre?.id ?? null, intitule: l.intitule, sigle, changed: titreChanged },
        version: { id: found?.id ?? null, values: merged, before, changed: versionChanged, ccpsChanged },
      });
    }
  }
  const digest = createHash("sha256").update(JSON.stringify(outcomes)).digest("hex");
  return { outcomes, operations, digest };
}

export function summarize(outcomes: LineOutcome[]) {
  const c = countOutcomes(outcomes, ["creation", "mise_a_jour", "inchange", "rejet"] as const);
  return { creations: c.creation, misesAJour: c.mise_a_jour, inchangees: c.inchange, rejets: c.rejet, total: outcomes.length };
}

export type ImportSummary = ReturnType<typeof summarize>;
