import type { AgrementStatut } from "@/db/schema";
import { readCsv } from "@/lib/import/csv";
import type { UploadLimits } from "@/lib/import/upload";
import { normalizeName } from "@/lib/text/normalize";
import { isIsoDate } from "@/lib/titres/schemas";
import type { IsoDate } from "@/lib/titres/version-state";

/** The columns of a VALCE export, in the order VALCE writes them; headers are compared without case or accents. */
export const VALCE_COLUMNS = [
  { key: "identifiant", header: "Identifiant VALCE", required: true, help: "Référence de l'agrément dans VALCE, conservée dans CERES. Unique dans le fichier." },
  { key: "siret", header: "SIRET", required: true, help: "14 chiffres, espaces acceptés." },
  { key: "raisonSociale", header: "Raison sociale", required: true, help: "Sert à créer le centre s'il n'existe pas encore dans CERES." },
  { key: "codeTitre", header: "Code titre", required: true, help: "Code du titre professionnel, par exemple TP-00391." },
  { key: "dateVersion", header: "Date de version", required: true, help: "Date de l'arrêté de la version du titre, telle que le référentiel des titres la connaît." },
  { key: "adresse", header: "Adresse du site", required: true, help: "Lieu du plateau technique. Un site existant du centre à la même adresse dans la même commune est réutilisé." },
  { key: "codePostal", header: "Code postal", required: true, help: "Code postal du site." },
  { key: "commune", header: "Commune", required: true, help: "Nom de la commune du site (majuscules et accents indifférents)." },
  { key: "decision", header: "Décision", required: true, help: "Acceptée, Refusée ou En cours d'instruction." },
  { key: "dateDecision", header: "Date de décision", required: true, help: "Obligatoire pour une décision acceptée ou refusée." },
  { key: "debutValidite", header: "Début de validité", required: true, help: "Obligatoire pour une décision acceptée." },
  { key: "finValidite", header: "Fin de validité", required: true, help: "Obligatoire pour une décision acceptée ; jamais après la fin de vie de la version." },
  { key: "etatValce", header: "État VALCE", required: false, help: "État du circuit d'instruction dans VALCE : affiché, sans effet (la décision fait foi)." },
  { key: "motif", header: "Motif", required: false, help: "Motif de la décision (refus notamment), conservé avec l'agrément." },
] as const;

/** Largest VALCE export accepted (a 20,000-line regional export weighs about 4 MB). */
export const VALCE_UPLOAD: UploadLimits = { maxBytes: 8 * 1024 * 1024, split: "par département ou par année" };

export type ValceColumnKey = (typeof VALCE_COLUMNS)[number]["key"];

/** One data line of the file, cells trimmed; `problem` when the line cannot be read as a whole. */
export type ValceLine = Record<ValceColumnKey, string> & { line: number; problem?: string };

export type ParsedValceFile = { ok: true; lines: ValceLine[] } | { ok: false; message: string };

const headerKey = new Map<string, ValceColumnKey>(VALCE_COLUMNS.map((c) => [normalizeName(c.header), c.key]));

/** Reads the decoded text of a VALCE export: `;`-separated, one header line, then one agrément per line. */
export function parseValceText(text: string): ParsedValceFile {
  const read = readCsv(text, ";", true);
  if (!read.ok) return read;
  const header = read.header.map((h) => headerKey.get(normalizeName(h)) ?? null);
  if (read.header.length === 1 && /[,\t]/.test(read.header[0]!)) {
    return { ok: false, message: "Les colonnes doivent être séparées par des points-virgules (;), comme dans l'export VALCE." };
  }
  const missing = VALCE_COLUMNS.filter((c) => c.required && !header.includes(c.key));
  if (missing.length) {
    return { ok: false, message: `Colonnes manquantes : ${missing.map((c) => `« ${c.header} »`).join(", ")}. Vérifiez la ligne d'en-tête du fichier.` };
  }
  const dataRows = read.rows.filter((r) => r.cells.some((cell) => cell.trim() !== ""));
  if (dataRows.length === 0) return { ok: false, message: "Le fichier ne contient aucune ligne d'agrément après l'en-tête." };

  const lines = dataRows.map(({ cells: record, line: number }) => {
    const line = { line: number } as ValceLine;
    for (const c of VALCE_COLUMNS) line[c.key] = "";
    header.forEach((key, i) => {
      if (key) line[key] = (record[i] ?? "").trim();
    });
    const width = record.length - [...record].reverse().findIndex((cell) => cell.trim() !== "");
    if (width > header.length || record.length < header.length) {
      line.problem = `La ligne compte ${record.length} colonnes au lieu de ${header.length} : un point-virgule en trop ou manquant décale les valeurs.`;
    }
    return line;
  });
  return { ok: true, lines };
}

export type ParsedDate = { ok: true; value: IsoDate | null } | { ok: false };

/** A date as VALCE writes it (JJ/MM/AAAA) or in ISO form (AAAA-MM-JJ); empty is "no date". */
export function parseValceDate(text: string): ParsedDate {
  const value = text.trim();
  if (!value) return { ok: true, value: null };
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = french ? `${french[3]}-${french[2]!.padStart(2, "0")}-${french[1]!.padStart(2, "0")}` : value;
  return isIsoDate(iso) ? { ok: true, value: iso } : { ok: false };
}

const decisions = new Map<string, AgrementStatut>([
  ["acceptee", "acceptee"],
  ["accepte", "acceptee"],
  ["refusee", "refusee"],
  ["refuse", "refusee"],
  ["en cours d instruction", "en_instruction"],
  ["en cours", "en_instruction"],
  ["en instruction", "en_instruction"],
]);

/** "Acceptée", "ACCEPTEE", "acceptée " … → the status; null when the text is not a decision VALCE writes. */
export function parseDecision(text: string): AgrementStatut | null {
  return decisions.get(normalizeName(text)) ?? null;
}
