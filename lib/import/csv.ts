import { CsvError, parse } from "csv-parse/sync";

export type CsvDelimiter = ";" | ",";
export type CsvRow = { line: number; cells: string[] };
export type CsvRead = { ok: true; header: string[]; rows: CsvRow[] } | { ok: false; message: string };

const delimiterNames: Record<CsvDelimiter, string> = { ";": "point-virgule", ",": "virgule" };

/** The separator of a file with a header line: the one the header holds more of (a comma when tied). */
export function detectDelimiter(text: string): CsvDelimiter {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return header.split(";").length > header.split(",").length ? ";" : ",";
}

/**
 * Reads a decoded CSV text: its header line, then every non-empty record with the number of the line it
 * ends on (a quoted cell may span lines). `relaxed` accepts records of another width and stray quotes, for a
 * domain that reports such a line instead of refusing the file.
 */
export function readCsv(text: string, delimiter: CsvDelimiter, relaxed = false): CsvRead {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, bom: true, info: true, skip_empty_lines: true, relax_column_count: relaxed, relax_quotes: relaxed }) as unknown as typeof records;
  } catch (error) {
    const where = error instanceof CsvError && "lines" in error ? ` (vers la ligne ${String((error as unknown as { lines: number }).lines)})` : "";
    return { ok: false, message: `Le fichier n'est pas un CSV lisible${where} : vérifiez les guillemets et le séparateur (${delimiterNames[delimiter]}).` };
  }
  const [head, ...rows] = records;
  if (!head) return { ok: false, message: "Le fichier ne contient aucune ligne." };
  return { ok: true, header: head.record, rows: rows.map(({ record, info }) => ({ line: info.lines, cells: record })) };
}

/** Rows of a trusted CSV text (the référentiels shipped with the app), as objects keyed by column name. */
export function parseCsvObjects(text: string, delimiter: CsvDelimiter = ","): Record<string, string>[] {
  return parse(text, { columns: true, delimiter, skip_empty_lines: true, bom: true, trim: false, relax_column_count: false });
}
