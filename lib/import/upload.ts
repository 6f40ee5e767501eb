import { z } from "zod";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { NOT_CSV } from "./decode";

/** What one import accepts: its size limit, and how to split a larger file ("par département"). */
export type UploadLimits = { maxBytes: number; split?: string };

export type Upload = { name: string; size: number; bytes: Uint8Array };

export const NO_FILE = "Choisissez un fichier CSV à importer.";
export const NOT_FOUND = "Cette ressource est introuvable.";

/** The digest of the dry run the user saw, sent back to apply exactly that. */
export const digestSchema = z.string().regex(/^[0-9a-f]{64}$/, "Relancez la simulation avant d'appliquer l'import.");

export const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function tooLargeMessage(limits: UploadLimits): string {
  return `Le fichier dépasse ${megabytes(limits.maxBytes)} Mo : découpez-le${limits.split ? ` ${limits.split}` : ""}.`;
}

// What browsers and Windows declare for a .csv (Excel registers it as application/vnd.ms-excel).
const CSV_TYPES = new Set(["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "text/x-csv", "text/comma-separated-values"]);

/** A CSV by its name or by its declared type; a spreadsheet, a PDF or an image is refused unread. */
export function isCsvUpload(file: { name: string; type: string }): boolean {
  const type = file.type.split(";")[0]!.trim().toLowerCase();
  return /\.(csv|txt)$/i.test(file.name) ? type === "" || CSV_TYPES.has(type) : type !== "" && CSV_TYPES.has(type);
}

/** The name kept in the history: the last path segment, printable characters only, 100 characters at most. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const printable = [...base].filter((c) => /[\p{L}\p{N}\p{P}\p{S} ]/u.test(c)).join("").trim();
  return [...printable].slice(0, 100).join("") || "fichier.csv";
}

/**
 * The file of an import request, checked in an order that reads nothing it may refuse: the caller's right
 * first (a user without it gets the same 404 answer as for a missing page), then the file's presence, size
 * and declared type, and only then its bytes.
 */
export async function receiveUpload(form: FormData, limits: UploadLimits, allowed: boolean): Promise<Result<Upload>> {
  if (!allowed) return fail("introuvable", NOT_FOUND);
  const file = form.get("fichier");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return refuse(NO_FILE, { fichier: [NO_FILE] });
  if (file.size === 0) return refuse("Le fichier est vide.", { fichier: ["Le fichier est vide."] });
  if (file.size > limits.maxBytes) return refuse(tooLargeMessage(limits), { fichier: [tooLargeMessage(limits)] });
  if (!isCsvUpload(file)) return refuse(NOT_CSV, { fichier: [NOT_CSV] });
  return ok({ name: cleanFileName(file.name), size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) });
}
