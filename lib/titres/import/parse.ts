import { decodeImportFile } from "@/lib/import/decode";
import { readCsv } from "@/lib/import/csv";
import type { UploadLimits } from "@/lib/import/upload";

/** Columns of titres.csv that an import needs (others, such as `source` or `notes`, are ignored). */
export const TITRES_COLUMNS = ["code_tp", "millesime", "intitule", "sigle", "niveau", "rncp", "nsf", "date_version", "date_fin_enregistrement", "ccp"] as const;
export type TitreLine = Record<(typeof TITRES_COLUMNS)[number], string> & { line: number };

export const TITRES_UPLOAD: UploadLimits = { maxBytes: 5 * 1024 * 1024 };

export type ParsedFile = { ok: true; lines: TitreLine[] } | { ok: false; message: string };

/** Reads an uploaded file: UTF-8 only (the format of the national référentiel export), comma-separated. */
export function parseTitresFile(bytes: Uint8Array): ParsedFile {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.encoding !== "UTF-8") return { ok: false, message: "Le fichier n'est pas encodé en UTF-8. Enregistrez-le en « CSV UTF-8 » puis recommencez." };
  // The French Excel "CSV" uses semicolons: say so instead of listing every column as missing.
  const headerLine = decoded.text.split(/\r?\n/, 1)[0] ?? "";
  if (headerLine.includes(";") && !headerLine.includes(",")) {
    return { ok: false, message: "Le fichier utilise le point-virgule comme séparateur : enregistrez-le en « CSV UTF-8 » avec des virgules." };
  }
  const read = readCsv(decoded.text, ",");
  if (!read.ok) return read;
  if (read.rows.length === 0) return { ok: false, message: "Le fichier ne contient aucune ligne de titre après l'en-tête." };
  const missing = TITRES_COLUMNS.filter((c) => !read.header.includes(c));
  if (missing.length) {
    return { ok: false, message: `Colonnes manquantes : ${missing.join(", ")}. Attendu : les colonnes de titres.csv (${TITRES_COLUMNS.join(", ")}).` };
  }
  const index = TITRES_COLUMNS.map((c) => [c, read.header.indexOf(c)] as const);
  return {
    ok: true,
    lines: read.rows.map(({ line, cells }) => {
      const titreLine = { line } as TitreLine;
      for (const [c, i] of index) titreLine[c] = (cells[i] ?? "").trim();
      return titreLine;
    }),
  };
}
