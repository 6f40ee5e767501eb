/** Largest VALCE export accepted (a 20,000-line regional export weighs about 4 MB). */
export const MAX_VALCE_BYTES = 8 * 1024 * 1024;

export type ValceEncoding = "utf-8" | "windows-1252";

export type DecodedFile = { ok: true; text: string; encoding: ValceEncoding; bom: boolean } | { ok: false; message: string };

const BOM = [0xef, 0xbb, 0xbf];

// Windows-1252 bytes 0x80–0x9F (WHATWG Encoding Standard); the five undefined bytes keep their code point.
const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * Node 20.18.3+ decodes "windows-1252" as ISO-8859-1, leaving 0x80–0x9F as C1 control characters
 * (nodejs/node#60888, #56542) — "’" and "Œ" would be lost. Browsers and fixed Node versions already return
 * the right characters, which this mapping leaves alone.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * VALCE writes its exports in Windows-1252; files re-saved by a spreadsheet are often UTF-8, with or without
 * a BOM. A text that decodes as strict UTF-8 is UTF-8 (a Windows-1252 accent almost never forms a valid
 * UTF-8 sequence); anything else is read as Windows-1252, where every byte is a character.
 */
export function decodeValceFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) return { ok: false, message: "Le fichier est vide." };
  if (bytes.length > MAX_VALCE_BYTES) {
    return { ok: false, message: `Le fichier dépasse ${MAX_VALCE_BYTES / 1024 / 1024} Mo : découpez-le par département ou par année.` };
  }
  const bom = BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: ValceEncoding = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = decodeWindows1252(body);
    encoding = "windows-1252";
  }
  // A NUL byte never occurs in a CSV export: this is a spreadsheet (.xlsx, .xls) or another binary file.
  if (text.includes("\u0000")) {
    return { ok: false, message: "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel) : exportez-le au format CSV séparé par des points-virgules." };
  }
  return { ok: true, text, encoding, bom };
}

export const encodingLabels: Record<ValceEncoding, string> = {
  "utf-8": "UTF-8",
  "windows-1252": "Windows-1252 (format d'export de VALCE)",
};
