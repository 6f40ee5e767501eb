import { parse } from "csv-parse/sync";

/** Rows of a CSV text with a header line, as objects keyed by column name. */
export function parseCsv(text: string, delimiter = ","): Record<string, string>[] {
  return parse(text, { columns: true, delimiter, skip_empty_lines: true, bom: true, trim: false, relax_column_count: false });
}
