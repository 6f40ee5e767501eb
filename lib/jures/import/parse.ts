import { readCsv, detectDelimiter } from "@/lib/import/csv";
import { decodeImportFile, type ImportEncoding } from "@/lib/import/decode";
import type { UploadLimits } from "@/lib/import/upload";

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
export type ParsedImport = { ok: true; lines: ImportLine[]; encoding: ImportEncoding } | { ok: false; message: string };

export const JURES_UPLOAD: UploadLimits = { maxBytes: 5 * 1024 * 1024 };

/**
 * Reads the file as the legacy system exports it: separated by semicolons (or commas), in UTF-8 or in
 * Windows-1252 (what Excel writes in France); a header line names the columns, in any order and case.
 */
export function parseJuresFile(bytes: Uint8Array): ParsedImport {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) return decoded;
  const read = readCsv(decoded.text, detectDelimiter(decoded.text));
  if (!read.ok) return read;
  if (read.rows.length === 0) return { ok: false, message: "Le fichier ne contient aucune ligne après l'en-tête." };
  const columns = read.header.map((c) => c.trim().toLowerCase());
  const missing = IMPORT_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, message: `Colonnes manquantes : ${missing.join(", ")}. Attendu : ${IMPORT_COLUMNS.join(", ")}.` };
  const index = IMPORT_COLUMNS.map((c) => [c, columns.indexOf(c)] as const);
  return {
    ok: true,
    encoding: decoded.encoding,
    lines: read.rows.map(({ line, cells }) => {
      const importLine = { line } as ImportLine;
      for (const [c, i] of index) importLine[c] = (cells[i] ?? "").trim();
      return importLine;
    }),
  };
}
