import { identityKeys } from "@/lib/candidats/identity";
import { readCsv, detectDelimiter } from "@/lib/import/csv";
import { decodeImportFile, type ImportEncoding } from "@/lib/import/decode";
import { parseFrenchDate } from "@/lib/dates";
import type { MemoryRecord } from "@/lib/candidats/scan/memory";

/**
 * The columns of a candidates file (docs/candidats-import.md): the import of a session's candidates and the
 * matching CLI read the same ones. Only nom_naissance, prenoms and date_naissance are required here.
 */
export const CANDIDATS_COLUMNS = [
  "identifiant",
  "civilite",
  "nom_naissance",
  "nom_usage",
  "prenoms",
  "date_naissance",
  "commune_naissance_code",
  "commune_naissance_nom",
  "pays_naissance_code",
  "ville_naissance",
  "adresse",
  "code_postal",
  "commune_residence_code",
  "email",
  "telephone",
] as const;
export const REQUIRED_COLUMNS = ["nom_naissance", "prenoms", "date_naissance"] as const;

export type FileCandidat = MemoryRecord & { ligne: number; nomNaissance: string; prenoms: string; dateAffichee: string };
export type FileRead =
  | { ok: true; encoding: ImportEncoding; candidats: FileCandidat[]; rejets: { ligne: number; raison: string }[] }
  | { ok: false; message: string };

/** "Madame"/"Mme"/"F" or "Monsieur"/"M"/"M."/"H"; null when empty or unknown (the sex is then not compared). */
export function parseCivilite(text: string): "Madame" | "Monsieur" | null {
  const t = text.trim().toLowerCase().replace(/\.$/, "");
  if (["madame", "mme", "f"].includes(t)) return "Madame";
  if (["monsieur", "m", "h"].includes(t)) return "Monsieur";
  return null;
}

/** Reads a candidates file (UTF-8 or Windows-1252, ";" or ","): the records to match, and the lines rejected. */
export function readCandidatsFile(bytes: Uint8Array): FileRead {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) return decoded;
  const csv = readCsv(decoded.text, detectDelimiter(decoded.text), true);
  if (!csv.ok) return csv;
  const header = csv.header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return { ok: false, message: `Colonnes obligatoires absentes : ${missing.join(", ")}.` };
  const at = (cells: string[], column: string) => (cells[header.indexOf(column)] ?? "").trim();
  const candidats: FileCandidat[] = [];
  const rejets: { ligne: number; raison: string }[] = [];
  for (const { line, cells } of csv.rows) {
    const nomNaissance = at(cells, "nom_naissance");
    const prenoms = at(cells, "prenoms");
    const dateText = at(cells, "date_naissance");
    const date = parseFrenchDate(dateText) ?? (/^\d{4}-\d{2}-\d{2}$/.test(dateText) ? dateText : null);
    if (!nomNaissance || !prenoms) {
      rejets.push({ ligne: line, raison: "nom de naissance ou prénoms absents" });
      continue;
    }
    if (!date) {
      rejets.push({ ligne: line, raison: `date de naissance illisible « ${dateText} » (JJ/MM/AAAA)` });
      continue;
    }
    const keys = identityKeys({
      nomNaissance,
      nomUsage: at(cells, "nom_usage") || null,
      prenoms,
      naissanceCommuneCode: at(cells, "commune_naissance_code") || null,
      naissancePaysCode: at(cells, "pays_naissance_code") || null,
      naissanceVille: at(cells, "ville_naissance") || null,
    });
    candidats.push({
      id: at(cells, "identifiant") || `ligne ${line}`,
      ligne: line,
      nomNaissance,
      prenoms,
      dateAffichee: dateText,
      ...keys,
      dateNaissance: date,
      civilite: parseCivilite(at(cells, "civilite")),
    });
  }
  return { ok: true, encoding: decoded.encoding, candidats, rejets };
}
