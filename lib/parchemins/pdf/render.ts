import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { dsfrFont } from "@/lib/pdf/fonts";
import type { ParcheminImprime } from "../imprime";
import { formatParcheminNumero } from "../numero";
import { parcheminQrText } from "../qr-text";
import { drawParchemin, type Face, type ParcheminPage } from "./page";
import { qrRuns } from "./qr-path";

/** What to print: a numbered parchemin, and whether this print is a duplicata. */
export type ParcheminAImprimer = { parchemin: ParcheminImprime; duplicata: boolean };

/** The page of one parchemin: its QR code carries the text parcheminQrText gives. */
function parcheminPage({ parchemin, duplicata }: ParcheminAImprimer, baseUrl: string): ParcheminPage {
  if (!parchemin.numero) throw new Error("Un parchemin sans numéro ne s'imprime pas.");
  return { parchemin: { ...parchemin, numero: parchemin.numero }, duplicata, qr: qrRuns(parcheminQrText(parchemin, baseUrl)), verification: verificationAddress(baseUrl) };
}

const verificationAddress = (baseUrl: string) => `${baseUrl.replace(/\/+$/, "")}/verifier`.replace(/^https?:\/\//, "");

/** The pages of the PDF, in the order given (a session's batch: by name). */
export function parcheminPages(items: readonly ParcheminAImprimer[], baseUrl: string): ParcheminPage[] {
  return items.map((item) => parcheminPage(item, baseUrl));
}

const FACES: Record<Face, string> = {
  regular: "Marianne-Regular.woff",
  bold: "Marianne-Bold.woff",
  italic: "Marianne-Regular_Italic.woff",
  serif: "Spectral-ExtraBold.woff",
};

let parsed: Record<Face, fontkit.Font> | null = null;

/**
 * The four faces, parsed once per process and shared by every document: a font's tables (glyph outlines,
 * kerning, substitutions) are read once, each document only keeps the subset of glyphs it used.
 */
function faces(): Record<Face, fontkit.Font> {
  parsed ??= Object.fromEntries(Object.entries(FACES).map(([face, file]) => [face, fontkit.create(dsfrFont(file))])) as Record<Face, fontkit.Font>;
  return parsed;
}

/**
 * A parchemin PDF drawn straight with pdfkit: each page is a fixed design (a frame, lines of text at known
 * places, the QR code as rectangles), so there is nothing to lay out but the lines that wrap. No document
 * tree is built: a page is written to the stream as soon as it is drawn, and memory holds one page at a time
 * (plus the glyphs used, embedded at the end). No font but Marianne and Spectral is embedded.
 */
function newDocument(title: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would otherwise declare Helvetica.
    font: null as unknown as string,
    lang: "fr-FR",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: title, Author: "Ministère du Travail", Creator: "CERES", Producer: "CERES" },
  });
  for (const [face, font] of Object.entries(faces())) doc.registerFont(face, font as unknown as Buffer);
  return doc;
}

function titleOf(items: readonly ParcheminAImprimer[]): string {
  const only = items.length === 1 ? items[0]!.parchemin.numero : null;
  return only ? `Parchemin ${formatParcheminNumero(only)}` : "Parchemins";
}

/** How many pages are drawn before the event loop gets its turn (the response flushes what is written). */
const PAGES_PAR_TOUR = 10;

async function write(doc: PDFKit.PDFDocument, items: readonly ParcheminAImprimer[], baseUrl: string): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    drawParchemin(doc, parcheminPage(items[i]!, baseUrl));
    if (i % PAGES_PAR_TOUR === PAGES_PAR_TOUR - 1) await nextTurn();
  }
  doc.end();
}

/** The parchemins as one PDF in memory (tests, bench). */
export async function renderParcheminsPdf(items: readonly ParcheminAImprimer[], baseUrl: string): Promise<Buffer> {
  const doc = newDocument(titleOf(items));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => (doc.on("end", resolve), doc.on("error", reject)));
  await write(doc, items, baseUrl);
  await done;
  return Buffer.concat(chunks);
}

/**
 * The parchemins as a web stream, for a route handler's Response body: pages go out as they are drawn. A
 * parchemin without a number is refused before anything is sent.
 */
export async function renderParcheminsStream(items: readonly ParcheminAImprimer[], baseUrl: string): Promise<ReadableStream<Uint8Array>> {
  for (const { parchemin } of items) if (!parchemin.numero) throw new Error("Un parchemin sans numéro ne s'imprime pas.");
  const doc = newDocument(titleOf(items));
  write(doc, items, baseUrl).catch((error: unknown) => doc.destroy(error as Error));
  return Readable.toWeb(doc) as ReadableStream<Uint8Array>;
}
