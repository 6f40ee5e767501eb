import { Readable } from "node:stream";
import { createElement } from "react";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import type { ParcheminImprime } from "../imprime";
import { parcheminQrText } from "../qr-text";
import { preparePdfFonts } from "@/lib/pdf/fonts";
import { ParcheminDocument, type ParcheminPage } from "./ParcheminDocument";
import { qrPath } from "./qr-path";

/** What to print: a numbered parchemin, and whether this print is a duplicata. */
export type ParcheminAImprimer = { parchemin: ParcheminImprime; duplicata: boolean };

/** The pages of the PDF: the QR code of each parchemin carries the text parcheminQrText gives. */
export function parcheminPages(items: readonly ParcheminAImprimer[], baseUrl: string): ParcheminPage[] {
  const verification = `${baseUrl.replace(/\/+$/, "")}/verifier`.replace(/^https?:\/\//, "");
  return items.map(({ parchemin, duplicata }) => {
    if (!parchemin.numero) throw new Error("Un parchemin sans numéro ne s'imprime pas.");
    return { parchemin: { ...parchemin, numero: parchemin.numero }, duplicata, qr: qrPath(parcheminQrText(parchemin, baseUrl)), verification };
  });
}

function documentOf(pages: ParcheminPage[]) {
  // react-pdf types its entry points for <Document> elements; our component renders one.
  return createElement(ParcheminDocument, { pages }) as unknown as Parameters<typeof renderToBuffer>[0];
}

/** The parchemins as one PDF in memory (tests, bench, worker halves). */
export async function renderParcheminsPdf(items: readonly ParcheminAImprimer[], baseUrl: string): Promise<Buffer> {
  await preparePdfFonts();
  return renderToBuffer(documentOf(parcheminPages(items, baseUrl)));
}

/** The parchemins as a web stream, for a route handler's Response body. */
export async function renderParcheminsStream(items: readonly ParcheminAImprimer[], baseUrl: string): Promise<ReadableStream<Uint8Array>> {
  await preparePdfFonts();
  const stream = await renderToStream(documentOf(parcheminPages(items, baseUrl)));
  return Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>;
}
