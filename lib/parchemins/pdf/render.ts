import { setImmediate as nextTurn } from "node:timers/promises";
import { newPdfDocument, pdfBuffer, pdfStream, type Doc } from "@/lib/pdf/draw";
import type { ParcheminImprime } from "../imprime";
import { formatParcheminNumero } from "../numero";
import { numeroRequis, parcheminQrText } from "../qr-text";
import { drawParchemin, type ParcheminPage } from "./page";
import { qrRuns } from "./qr-path";

/** What to print: a numbered parchemin, and whether this print is a duplicata. */
export type ParcheminAImprimer = { parchemin: ParcheminImprime; duplicata: boolean };

/** The page of one parchemin: its QR code carries the text parcheminQrText gives. */
function parcheminPage({ parchemin, duplicata }: ParcheminAImprimer, baseUrl: string): ParcheminPage {
  return { parchemin: { ...parchemin, numero: numeroRequis(parchemin) }, duplicata, qr: qrRuns(parcheminQrText(parchemin, baseUrl)), verification: verificationAddress(baseUrl) };
}

const verificationAddress = (baseUrl: string) => `${baseUrl.replace(/\/+$/, "")}/verifier`.replace(/^https?:\/\//, "");

/** The pages of the PDF, in the order given (a session's batch: by name). */
export function parcheminPages(items: readonly ParcheminAImprimer[], baseUrl: string): ParcheminPage[] {
  return items.map((item) => parcheminPage(item, baseUrl));
}

/**
 * A parchemin PDF drawn straight with pdfkit (lib/pdf/draw.ts): each page is a fixed design (a frame, lines
 * of text at known places, the QR code as rectangles), so there is nothing to lay out but the lines that
 * wrap, and memory holds one page at a time (plus the glyphs used, embedded at the end).
 */
function newDocument(items: readonly ParcheminAImprimer[]): Doc {
  const only = items.length === 1 ? items[0]!.parchemin.numero : null;
  return newPdfDocument({ title: only ? `Parchemin ${formatParcheminNumero(only)}` : "Parchemins", author: "Ministère du Travail" });
}

/** How many pages are drawn before the event loop gets its turn (the response flushes what is written). */
const PAGES_PAR_TOUR = 10;

function writer(items: readonly ParcheminAImprimer[], baseUrl: string) {
  return async (doc: Doc): Promise<void> => {
    for (let i = 0; i < items.length; i++) {
      drawParchemin(doc, parcheminPage(items[i]!, baseUrl));
      if (i % PAGES_PAR_TOUR === PAGES_PAR_TOUR - 1) await nextTurn();
    }
    doc.end();
  };
}

/** The parchemins as one PDF in memory (tests, bench). */
export function renderParcheminsPdf(items: readonly ParcheminAImprimer[], baseUrl: string): Promise<Buffer> {
  return pdfBuffer(newDocument(items), writer(items, baseUrl));
}

/**
 * The parchemins as a web stream, for a route handler's Response body: pages go out as they are drawn. A
 * parchemin without a number is refused before anything is sent.
 */
export async function renderParcheminsStream(items: readonly ParcheminAImprimer[], baseUrl: string): Promise<ReadableStream<Uint8Array>> {
  for (const { parchemin } of items) numeroRequis(parchemin);
  return pdfStream(newDocument(items), writer(items, baseUrl));
}
