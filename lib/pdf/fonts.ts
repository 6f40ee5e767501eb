import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { Font } from "@react-pdf/renderer";

/**
 * The fonts of every PDF CERES produces (convocation letters, attendance sheets, PV, livrets, parchemins),
 * registered once per process. Marianne, the State's typeface (DSFR package), for every name and value: it
 * covers Latin Extended and Vietnamese (Nguyễn, Ørsted, Łukasz, Zoë, Ğüneş, Œ — checked by the PDF tests
 * through pdftotext), so no fallback font is needed. Spectral, the DSFR's serif, for the fixed words of a
 * parchemin's heading ("Titre professionnel").
 */
export const PDF_FONT = "Marianne";
export const PDF_SERIF = "Spectral";

/**
 * A WOFF 1.0 file as the plain OpenType font it wraps. fontkit reads WOFF tables by inflating them again at
 * every access (each glyph, each subset): on a parchemin that cost ~300 ms a page; unwrapped once at start,
 * the same font costs nothing more than a TTF.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Fichier WOFF attendu.");
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const headerSize = 12 + numTables * 16;
  const size = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor: the sfnt version
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}

const sfntFiles = new Map<string, Buffer>();

/** A DSFR font file (WOFF) as a plain OpenType font, read and unwrapped once per process. */
export function dsfrFont(file: string): Buffer {
  let sfnt = sfntFiles.get(file);
  if (!sfnt) {
    sfnt = woffToSfnt(readFileSync(path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts", file)));
    sfntFiles.set(file, sfnt);
  }
  return sfnt;
}

function fontSource(file: string): string {
  return `data:font/ttf;base64,${dsfrFont(file).toString("base64")}`;
}

/** What fontkit's font offers that the shaping cache wraps: text in, positioned glyphs out. */
type Shaper = { layout(text: string, ...options: unknown[]): unknown };
const SHAPING_CACHED = Symbol("ceres.shaping-cached");

/**
 * Remembers, per font, the glyph runs fontkit shaped for a text (substitutions, kerning): a browser's shape
 * cache. Every PDF sets the same words again and again — "République française", the labels of a letter,
 * the whole fixed text of 500 parchemins — and shaping was the largest single cost of a page. react-pdf only
 * reads the runs it gets (it scales copies of the positions), so one run can serve every document; a reader
 * that changes the run it gets (pdfkit scales the positions in place) is served through `serve`, which
 * hands out a copy of the remembered run. The options (features, script, language, direction) are part of
 * the key; the least recently used entries go beyond `capacity`.
 */
export function rememberShaping<T extends Shaper>(font: T, capacity = 4096, serve: (run: unknown) => unknown = (run) => run): T {
  const target = font as T & { [SHAPING_CACHED]?: true };
  if (target[SHAPING_CACHED]) return font;
  const shape = font.layout.bind(font);
  const runs = new Map<string, unknown>();
  target.layout = (text: string, ...options: unknown[]) => {
    let key = text;
    for (const o of options) key += `\u0000${o === undefined || typeof o === "string" ? (o ?? "") : JSON.stringify(o)}`;
    let run = runs.get(key);
    if (run === undefined) {
      run = shape(text, ...options);
      if (runs.size >= capacity) runs.delete(runs.keys().next().value!);
    } else runs.delete(key);
    runs.set(key, run);
    return serve(run);
  };
  target[SHAPING_CACHED] = true;
  return font;
}

let registered = false;
let prepared: Promise<void> | null = null;

/**
 * The fonts registered, loaded, and their shaping cached (rememberShaping): awaited by every PDF renderer
 * before it renders. Loading happens once per process; the fonts then live as long as it does.
 */
export function preparePdfFonts(): Promise<void> {
  registerPdfFonts();
  prepared ??= (async () => {
    const families = Object.values(Font.getRegisteredFonts() as Record<string, { sources: { load(): Promise<void>; data: Shaper | null }[] }>);
    for (const source of families.flatMap((family) => family.sources)) {
      await source.load();
      if (source.data) rememberShaping(source.data);
    }
  })();
  return prepared;
}

export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: fontSource("Marianne-Regular.woff"), fontWeight: 400 },
      { src: fontSource("Marianne-Bold.woff"), fontWeight: 700 },
      { src: fontSource("Marianne-Regular_Italic.woff"), fontWeight: 400, fontStyle: "italic" },
    ],
  });
  Font.register({ family: PDF_SERIF, fonts: [{ src: fontSource("Spectral-ExtraBold.woff"), fontWeight: 800 }] });
  // Names are never cut across lines ("NGUY-ỄN"): react-pdf hyphenates English words by default.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
