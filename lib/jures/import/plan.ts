import { createHash } from "node:crypto";
import { formatIsoDate } from "@/lib/dates";
import { countOutcomes } from "@/lib/import/outcomes";
import { normalizeName } from "@/lib/text/normalize";
import type { IsoDate } from "@/lib/titres/version-state";
import { checkCriteria, type Competences } from "../criteria";
import type { DateRange } from "../eligibility";
import type { ImportLine } from "./parse";
import { readLine, type LineFacts, type Referentiels } from "./read-line";

export type ExistingHabilitation = { id: string; titreVersionId: string; competences: Competences; commentaires: string | null; periodes: DateRange[] };
export type ExistingJure = { id: string; departementCode: string; regionCode: string; habilitations: ExistingHabilitation[] };

export type ImportContext = Referentiels & {
  /** Jurors of the database whose identity key (identityKeyOf) appears in the file. */
  jures: Map<string, ExistingJure[]>;
  /** "TP-00391|2011-03-16" → the version. */
  versions: Map<string, { id: string; finDeVie: IsoDate | null }>;
  /** Whether the importing agent manages jurors living there (R9). */
  inScope: (residence: { regionCode: string; departementCode: string }) => boolean;
};

export type ImportOutcome = {
  line: number;
  identite: string;
  titre: string;
  periode: string;
  action: "creation" | "ajout" | "inchange" | "rejet";
  changes: string[];
  reasons: string[];
  warnings: string[];
};

/** A write of the apply step. Refs name what the file creates, so later lines can point at it. */
export type ImportOperation = {
  line: number;
  jure: { ref: string; id: string | null; facts: LineFacts };
  habilitation: { ref: string; id: string | null; titreVersionId: string; competences: Competences; commentaires: string | null; fill: Partial<Competences & { commentaires: string }> };
  periode: DateRange | null;
};

export type ImportPlan = { outcomes: ImportOutcome[]; operations: ImportOperation[]; digest: string };

/** Birth name + given names (normalizeName) + birth date: how a juror of the file is recognised. */
export function identityKeyOf(v: { nomNaissance: string; prenoms: string; dateNaissance: IsoDate }): string {
  return `${normalizeName(v.nomNaissance)}|${normalizeName(v.prenoms)}|${v.dateNaissance}`;
}

type PlannedHabilitation = { ref: string; id: string | null; periodes: (DateRange & { line: number | null })[]; competences: Competences; commentaires: string | null };
type PlannedJure = { ref: string; id: string | null; line: number | null; habilitations: Map<string, PlannedHabilitation> };

/**
 * The dry run, line by line: a new juror or one recognised on their identity, a new period or one already
 * recorded, or a rejection and why. Pure: the caller loads what the file refers to. A file only adds: it
 * never removes a period nor overwrites a filled field (a different value is kept and reported).
 */
export function planJuresImport(lines: ImportLine[], ctx: ImportContext): ImportPlan {
  const outcomes: ImportOutcome[] = [];
  const operations: ImportOperation[] = [];
  const planned = new Map<string, PlannedJure>();

  for (const l of lines) {
    const base = { line: l.line, identite: `${l.nom_naissance.toUpperCase()} ${l.prenoms}`.trim() || "—", titre: `${l.code_tp || "—"} (${l.date_version || "?"})`, periode: `${l.debut_periode || "?"} → ${l.fin_periode || "?"}` };
    const reject = (reasons: string[], warnings: string[] = []) => outcomes.push({ ...base, action: "rejet", changes: [], reasons, warnings });
    const read = readLine(l, ctx);
    if (!read.ok) {
      reject(read.reasons);
      continue;
    }
    const { facts, warnings } = read;
    const version = ctx.versions.get(`${facts.codeTp}|${facts.dateVersion}`);
    if (!version) {
      reject([`Aucune version du titre ${facts.codeTp} datée du ${formatIsoDate(facts.dateVersion)}.`], warnings);
      continue;
    }
    if (version.finDeVie && facts.periode.fin > version.finDeVie) {
      reject([`La période finit après la fin de vie de cette version (${formatIsoDate(version.finDeVie)}).`], warnings);
      continue;
    }
    const key = identityKeyOf(facts);
    const details: string[] = [];
    let jure = planned.get(key);
    if (!jure) {
      const existing = ctx.jures.get(key) ?? [];
      if (existing.length > 1) {
        reject(["Plusieurs jurés enregistrés ont cette identité : rapprochez-les avant l'import."], warnings);
        continue;
      }
      const found = existing[0];
      const residence = found ?? facts.residence;
      if (!ctx.inScope(residence)) {
        reject([found ? "Un juré de même identité relève d'un autre périmètre : l'import revient à son unité ou à sa DREETS." : "Commune de résidence hors de votre périmètre."], warnings);
        continue;
      }
      const habilitations = new Map((found?.habilitations ?? []).map((h) => [h.titreVersionId, { ref: h.id, id: h.id, periodes: h.periodes.map((p) => ({ ...p, line: null })), competences: h.competences, commentaires: h.commentaires }]));
      jure = { ref: found?.id ?? key, id: found?.id ?? null, line: found ? null : l.line, habilitations };
      details.push(found ? "Juré existant, reconnu sur son identité" : "Nouveau juré");
    } else {
      details.push(jure.line === null ? "Juré existant, reconnu sur son identité" : `Juré créé à la ligne ${jure.line}`);
    }

    const periode = facts.periode;
    const habilitation = jure.habilitations.get(version.id);
    const same = habilitation?.periodes.find((p) => p.debut === periode.debut && p.fin === periode.fin);
    const overlap = habilitation?.periodes.find((p) => p !== same && p.debut <= periode.fin && p.fin >= periode.debut);
    if (!same && overlap) {
      reject([`La période chevauche celle du ${formatIsoDate(overlap.debut)} au ${formatIsoDate(overlap.fin)}${overlap.line ? ` (ligne ${overlap.line})` : ""}.`], warnings);
      continue;
    }
    planned.set(key, jure);

    const fill: ImportOperation["habilitation"]["fill"] = {};
    if (habilitation) {
      for (const field of ["dateDebutEmploi", "dateDerniereOccupation", "dateProfessionnalisation"] as const) {
        const value = facts.competences[field];
        if (!value || value === habilitation.competences[field]) continue;
        if (habilitation.competences[field] === null) fill[field] = value;
        else warnings.push(`${field === "dateDebutEmploi" ? "Date de début d'emploi" : field === "dateDerniereOccupation" ? "Dernière date d'occupation" : "Date de professionnalisation"} du fichier (${formatIsoDate(value)}) différente de celle enregistrée : valeur enregistrée conservée.`);
      }
      if (facts.commentaire && !habilitation.commentaires) fill.commentaires = facts.commentaire;
      Object.assign(habilitation.competences, fill);
      if (fill.commentaires) habilitation.commentaires = fill.commentaires;
    }
    const current = habilitation ?? { ref: `${jure.ref}|${version.id}`, id: null, periodes: [], competences: { ...facts.competences }, commentaires: facts.commentaire };
    if (!habilitation) {
      jure.habilitations.set(version.id, current);
      details.push("Nouvelle habilitation");
    }
    const criteria = checkCriteria(current.competences, periode.debut);
    if (!same && !criteria.ok) warnings.push(`Critères non vérifiés pour cette période reprise : ${criteria.unmet.map((u) => u.message).join(" ")}`);

    if (same) details.push("Période déjà enregistrée");
    else {
      current.periodes.push({ ...periode, line: l.line });
      details.push("Nouvelle période");
    }
    const changes = !same || Object.keys(fill).length > 0;
    const action = !changes ? "inchange" : jure.id === null && jure.line === l.line ? "creation" : "ajout";
    outcomes.push({ ...base, identite: `${facts.nomNaissance} ${facts.prenoms}, né(e) le ${formatIsoDate(facts.dateNaissance)}`, periode: `${formatIsoDate(periode.debut)} → ${formatIsoDate(periode.fin)}`, action, changes: details, reasons: [], warnings });
    if (changes) {
      operations.push({
        line: l.line,
        jure: { ref: jure.ref, id: jure.id, facts },
        habilitation: { ref: current.ref, id: current.id, titreVersionId: version.id, competences: { ...facts.competences }, commentaires: facts.commentaire, fill },
        periode: same ? null : periode,
      });
    }
  }
  const digest = createHash("sha256").update(JSON.stringify(outcomes)).digest("hex");
  return { outcomes, operations, digest };
}

export type JuresImportSummary = ReturnType<typeof summarize>;

export function summarize(outcomes: ImportOutcome[]) {
  const c = countOutcomes(outcomes, ["creation", "ajout", "inchange", "rejet"] as const);
  return { creations: c.creation, ajouts: c.ajout, inchangees: c.inchange, rejets: c.rejet, total: outcomes.length };
}
