const LETTRES: Record<string, string> = { ø: "o", đ: "d", ł: "l", ß: "ss", œ: "oe", æ: "ae", ı: "i", þ: "th", ð: "d" };

/** "NGUYỄN Thị Mai" → "nguyen-thi-mai": a file name every browser and mail client keeps as it is. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[øđłßœæıþð]/g, (c) => LETTRES[c] ?? "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "convocation-2027-30-00042-nguyen-thi-mai.pdf", or "convocations-jury-2027-30-00042.pdf" for the whole jury. */
export function convocationFileName(numero: string, destinataire?: string): string {
  if (!destinataire) return `convocations-jury-${asciiSlug(numero)}.pdf`;
  const nom = asciiSlug(destinataire.replace(/^(Madame|Monsieur)\s+/, ""));
  return `convocation-${asciiSlug(numero)}${nom ? `-${nom}` : ""}.pdf`;
}
