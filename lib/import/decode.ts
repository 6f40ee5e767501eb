import iconv from "iconv-lite";

export type ImportEncoding = "UTF-8" | "Windows-1252";

export type DecodedFile = { ok: true; text: string; encoding: ImportEncoding; bom: boolean } | { ok: false; message: string };

export const NOT_CSV = "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel, un PDF ou une image) : enregistrez-le au format CSV.";
export const UTF16 = "Le fichier est encodé en UTF-16. Enregistrez-le en « CSV UTF-8 » puis recommencez.";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The one decoder of every import. Files come from the legacy systems and from spreadsheets: UTF-8 (with or
 * without a BOM) or Windows-1252, what Excel writes in France. A text that decodes as strict UTF-8 is UTF-8
 * (a Windows-1252 accent almost never forms a valid UTF-8 sequence); anything else is Windows-1252, where
 * every byte is a character. iconv-lite rather than TextDecoder: Node 20 decodes "windows-1252" as
 * ISO-8859-1, so 0x80–0x9F (’ Œ œ € …) came out as C1 control characters (nodejs/node#56542).
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) return { ok: false, message: "Le fichier est vide." };
  // UTF-16 (Excel's "texte Unicode") is full of NUL bytes too: name it before calling the file binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, message: UTF16 };
  // A NUL byte never occurs in a text CSV: a spreadsheet, a PDF or an image is not "badly encoded".
  if (bytes.includes(0)) return { ok: false, message: NOT_CSV };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: strictUtf8.decode(body), encoding: "UTF-8", bom };
  } catch {
    return { ok: true, text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), "windows-1252"), encoding: "Windows-1252", bom };
  }
}
