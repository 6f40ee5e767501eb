import { Readable } from "node:stream";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { dsfrFont, rememberShaping } from "./fonts";

/**
 * Drawing a document of fixed design straight with pdfkit (parchemins, convocation letters): lines of text
 * at known places, the few paragraphs that wrap, rules and boxes. No layout engine and no document tree: a
 * page is written to the stream as soon as it is drawn.
 */

/** The faces a document is set in, registered on every document under these names. */
export type Face = "regular" | "bold" | "italic" | "serif";

export type Doc = PDFKit.PDFDocument;

/** The A4 sheet, in PDF points, origin at the top left. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The DSFR's text colour and its grey for secondary text. */
export const ENCRE = "#161616";
export const GRIS = "#3a3a3a";
export const BLEU = "#000091";

/**
 * How a run of text is set. `lineHeight` is the line's height as a multiple of the size; `spacing` the
 * air added after each character; `plain`: no kerning — a number is copied and typed character by
 * character, and Marianne Bold spaces "QJ" wider than Q's advance, which a PDF reader (pdftotext, a
 * copy-paste) then reads "Q J".
 */
export type TextStyle = { face: Face; size: number; color?: string; lineHeight?: number; spacing?: number; plain?: boolean };

export type Align = "left" | "center" | "right";

const NO_KERNING = { kern: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

function use(doc: Doc, style: TextStyle): PDFKit.Mixins.TextOptions {
  doc.font(style.face).fontSize(style.size).fillColor(style.color ?? ENCRE);
  return { lineBreak: false, characterSpacing: style.spacing ?? 0, ...(style.plain ? { features: NO_KERNING } : {}) };
}

/** The height of one line of the style. */
export const lineHeightOf = (style: TextStyle) => style.size * (style.lineHeight ?? 1.2);

/** The extra space pdfkit puts between wrapped lines for the style's line height. */
function lineGap(doc: Doc, style: TextStyle): number {
  return lineHeightOf(style) - doc.currentLineHeight();
}

/** The width of a text set in the style, on one line. */
export function textWidth(doc: Doc, text: string, style: TextStyle): number {
  return doc.widthOfString(text, use(doc, style));
}

/**
 * One line of text anchored at x (its left edge, centre or right edge), its line box at y; returns the y
 * below it. A text wider than `maxWidth` wraps onto lines aligned the same way instead of leaving the zone.
 */
export function drawLine(doc: Doc, text: string, style: TextStyle, x: number, y: number, align: Align, maxWidth: number): number {
  const options = use(doc, style);
  const width = doc.widthOfString(text, options);
  if (width > maxWidth) return drawWrapped(doc, text, style, align === "center" ? x - maxWidth / 2 : align === "right" ? x - maxWidth : x, y, maxWidth, align);
  const left = align === "center" ? x - width / 2 : align === "right" ? x - width : x;
  doc.text(text, left, y + (lineHeightOf(style) - doc.currentLineHeight()) / 2, options);
  return y + lineHeightOf(style);
}

/** A paragraph wrapped in `width` from (x, y), lines at the style's line height; returns the y below it. */
export function drawWrapped(doc: Doc, text: string, style: TextStyle, x: number, y: number, width: number, align: Align = "left"): number {
  use(doc, style);
  const gap = lineGap(doc, style);
  doc.text(text, x, y + gap / 2, { width, align, lineGap: gap, characterSpacing: style.spacing ?? 0 });
  return doc.y - gap / 2;
}

/** The height drawWrapped would take. */
export function wrappedHeight(doc: Doc, text: string, style: TextStyle, width: number): number {
  use(doc, style);
  return doc.heightOfString(text, { width, lineGap: lineGap(doc, style) });
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
 * kerning, substitutions) are read once, each document only keeps the subset of glyphs it used — and only
 * the faces it used are embedded.
 */
function faces(): Record<Face, fontkit.Font> {
  parsed ??= Object.fromEntries(Object.entries(FACES).map(([face, file]) => [face, shapingForPdfkit(fontkit.create(dsfrFont(file)))])) as Record<Face, fontkit.Font>;
  return parsed;
}

/** The font with its shaping remembered across documents, each document served runs of its own (freshRun). */
export function shapingForPdfkit<T extends { layout(text: string, ...options: unknown[]): unknown }>(font: T): T {
  return rememberShaping(font, 8192, freshRun);
}

type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type Run = { glyphs: unknown[]; positions: Position[] };

/**
 * A remembered run as pdfkit gets it: the same glyphs (read only), positions of its own (pdfkit scales them
 * in place to its units), and the advance it sums — what fontkit's GlyphRun offers and pdfkit reads. pdfkit
 * remembers the words it shaped only for one document: this memory serves every document of the process,
 * where the same words come back letter after letter.
 */
function freshRun(remembered: unknown): Run & { advanceWidth: number } {
  const run = remembered as Run;
  const positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset }));
  return {
    glyphs: run.glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const p of positions) width += p.xAdvance;
      return width;
    },
  };
}

export type DocumentInfo = { title: string; author: string; subject?: string };

/** A new PDF (1.7, in French, its title shown by readers) with the DSFR faces registered; no page yet. */
export function newPdfDocument(info: DocumentInfo): Doc {
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would otherwise declare Helvetica.
    font: null as unknown as string,
    lang: "fr-FR",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: info.title, Author: info.author, ...(info.subject ? { Subject: info.subject } : {}), Creator: "CERES", Producer: "CERES" },
  });
  for (const [face, font] of Object.entries(faces())) doc.registerFont(face, font as unknown as Buffer);
  return doc;
}

/** Draws with `write` (which ends the document) and gathers the whole PDF in memory (attachments, tests, benches). */
export async function pdfBuffer(doc: Doc, write: (doc: Doc) => Promise<void> | void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => (doc.on("end", resolve), doc.on("error", reject)));
  await write(doc);
  await done;
  return Buffer.concat(chunks);
}

/** Draws with `write` (which ends the document) into a web stream, for a route handler's Response body. */
export function pdfStream(doc: Doc, write: (doc: Doc) => Promise<void> | void): ReadableStream<Uint8Array> {
  Promise.resolve()
    .then(() => write(doc))
    .catch((error: unknown) => doc.destroy(error as Error));
  return Readable.toWeb(doc) as ReadableStream<Uint8Array>;
}
