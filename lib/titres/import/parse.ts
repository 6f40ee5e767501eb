import { CsvError } from "csv-parse";
import { parseCsv } from "@/lib/csv-parse";

/** Columns of titres.csv that an import needs (others, such as `source` or `notes`, are ignored). */
export const TITRES_COLUMNS = ["code_tp", "millesime", "intitule", "sigle", "niveau", "rncp", "nsf", "date_version", "date_fin_enregistrement", "ccp"] as const;
export type TitreLine = Record<(typeof TITRES_COLUMNS)[number], string> & { line: number };

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ParsedFile = { ok: true; lines: TitreLine[] } | { ok: false; message: string };

/** Reads an uploaded file: UTF-8 only (the format of the national référentiel export), comma-separated. */
export function parseTitresFile(bytes: Uint8Array): ParsedFile {
  if (bytes.length === 0) return { ok: false, message: "Le fichier est vide." };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: "Le fichier dépasse 5 Mo : découpez-le." };
  // UTF-16 (Excel's "texte Unicode") is full of NUL bytes too: name it before calling the file binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: "Le fichier est encodé en UTF-16. Enregistrez-le en « CSV UTF-8 » puis recommencez." };
  }
  // A NUL byte never occurs in a text CSV: a spreadsheet, a PDF or an image is not "badly encoded".
  if (bytes.includes(0)) return { ok: false, message: "Le fichier n'est pas un fichier texte CSV (fichier binaire : tableur, PDF, image…)." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: "Le fichier n'est pas encodé en UTF-8. Enregistrez-le en « CSV UTF-8 » puis recommencez." };
  }
  // The French Excel "CSV" uses semicolons: say so instead of listing every column as missing.
  const headerLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (headerLine.includes(";") && !headerLine.includes(",")) {
    return { ok: false, message: "Le fichier utilise le point-virgule comme séparateur : enregistrez-le en « CSV UTF-8 » avec des virgules." };
  }
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text);
  } catch (error) {
    const where = error instanceof CsvError && "lines" in error ? ` (vers la ligne ${(error as unknown as { lines: number }).lines})` : "";
    return { ok: false, message: `Le fichier n'est pas un CSV lisible${where} : vérifiez les guillemets et le séparateur (virgule).` };
  }
  if (rows.length === 0) return { ok: false, message: "Le fichier ne contient aucune ligne de titre après l'en-tête." };
  const header = Object.keys(rows[0]!);
  const missing = TITRES_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    return { ok: false, message: `Colonnes manquantes : ${missing.join(", ")}. Attendu : les colonnes de titres.csv (${TITRES_COLUMNS.join(", ")}).` };
  }
  return {
    ok: true,
    lines: rows.map((row, i) => {
      const line = { line: i + 2 } as TitreLine;
      for (const c of TITRES_COLUMNS) line[c] = (row[c] ?? "").trim();
      return line;
    }),
  };
}
