/**
 * CSV for spreadsheet users in France: `;` separator, CRLF, UTF-8 with a BOM so that Excel reads accents.
 * Every cell is quoted, so that no value (a code with leading zeros, a name with a separator) is read as
 * anything else; cells that start with = + - @ TAB or CR also get a leading apostrophe, so that a
 * spreadsheet never runs them as formulas.
 */
export const CSV_BOM = "\uFEFF";

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '""';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(";")}\r\n`;
}

/** Streams a CSV answer page after page, so an export of 10^6 rows never sits whole in memory. */
export function csvResponse(
  filename: string,
  header: readonly string[],
  pages: AsyncIterable<readonly (readonly unknown[])[]>,
): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
        for await (const rows of pages) controller.enqueue(encoder.encode(rows.map(csvLine).join("")));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
