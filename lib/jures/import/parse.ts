import { CsvError } from "csv-parse";
import { parseCsv } from "@/lib/csv-parse";

/** Columns of the legacy export of habilitations (one line per period of habilitation). */
export const IMPORT_COLUMNS = [
  "civilite",
  "nom_naissance",
  "nom_usage",
  "prenoms",
  "date_naissance",
  "commune_naissance",
  "pays_naissance",
  "ville_naissance",
  "commune_residence",
  "email",
  "telephone",
  "code_tp",
  "date_version",
  "debut_periode",
  "fin_periode",
  "date_debut_emploi",
  "date_derniere_occupation",
  "date_professionnalisation",
  "commentaire",
] as const;
export type ImportLine = Record<(typeof IMPORT_COLUMNS)[number], string> & { line: number };
export type ParsedImport = { ok: true; lines: ImportLine[]; encoding: "UTF-8" | "Windows-1252" } | { ok: false; message: string };

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Reads the file as the legacy system exports it: separated by semicolons (or commas), in UTF-8 or in
 * Windows-1252 (what Excel writes in France); a header line names the columns, in any order.
 */
export function parseJuresFile(bytes: Uint8Array): ParsedImport {
  if (bytes.length === 0) return { ok: false, message: "Le fichier est vide." };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: "Le fichier dépasse 5 Mo : découpez-le." };
  let text: string;
  let encoding: "UTF-8" | "Windows-1252" = "UTF-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
    encoding = "Windows-1252";
  }
  if (text.includes("\u0000")) return { ok: false, message: "Le fichier n'est pas un fichier texte CSV." };
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = header.split(";").length > header.split(",").length ? ";" : ",";
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, delimiter);
  } catch (error) {
    const where = error instanceof CsvError && "lines" in error ? ` (vers la ligne ${(error as unknown as { lines: number }).lines})` : "";
    return { ok: false, message: `Le fichier n'est pas un CSV lisible${where} : vérifiez les guillemets et le séparateur (point-virgule).` };
  }
  if (rows.length === 0) return { ok: false, message: "Le fichier ne contient aucune ligne après l'en-tête." };
  const columns = Object.keys(rows[0]!).map((c) => c.trim().toLowerCase());
  const missing = IMPORT_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, message: `Colonnes manquantes : ${missing.join(", ")}. Attendu : ${IMPORT_COLUMNS.join(", ")}.` };
  return {
    ok: true,
    encoding,
    lines: rows.map((row, i) => {
      const byName = Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim().toLowerCase(), v]));
      const line = { line: i + 2 } as ImportLine;
      for (const c of IMPORT_COLUMNS) line[c] = (byName[c] ?? "").trim();
      return line;
    }),
  };
}
