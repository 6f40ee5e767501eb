/** The signed PV scan a centre attaches to its transmission: a PDF of 10 MB at most. */
export const PV_TAILLE_MAX = 10 * 1024 * 1024;

const PDF_MAGIC = Buffer.from("%PDF-", "ascii");

/**
 * Null when the file is acceptable, otherwise the French message shown beside the field. The type is read
 * from the file's first bytes (`%PDF-`), not from its name or the browser's claim: a renamed image is refused.
 */
export function verifierPvScan(file: { nomFichier: string; contenu: Uint8Array }): string | null {
  if (file.contenu.byteLength === 0) return "Le fichier est vide.";
  if (file.contenu.byteLength > PV_TAILLE_MAX) return pvTropLourd(file.contenu.byteLength);
  if (!Buffer.from(file.contenu.subarray(0, PDF_MAGIC.length)).equals(PDF_MAGIC)) return "Ce fichier n'est pas un PDF : déposez le scan du PV signé au format PDF.";
  return null;
}

/** A file name safe to store and to send back in a Content-Disposition header. */
export function nomFichierPv(nom: string): string {
  const base = nom.split(/[\\/]/).pop()!.normalize("NFC").replace(/[^\p{L}\p{N}._ -]/gu, "_").trim().slice(0, 120);
  return base ? (base.toLowerCase().endsWith(".pdf") ? base : `${base}.pdf`) : "pv-signe.pdf";
}

/** The message for a scan over the limit, also given before reading a file whose declared size is too large. */
export function pvTropLourd(bytes: number): string {
  return `Le fichier dépasse 10 Mo (${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo) : numérisez le PV en résolution plus basse.`;
}
