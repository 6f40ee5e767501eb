import { formatIsoDate } from "@/lib/dates";
import { A4, BLEU, drawLine, drawWrapped, GRIS, lineHeightOf as height, textWidth, wrappedHeight, type Align, type Doc, type TextStyle as Style } from "@/lib/pdf/draw";
import type { ParcheminImprime } from "../imprime";
import { formatParcheminNumero } from "../numero";
import type { QrRuns } from "./qr-path";

/** One printed page: the parchemin's fields, whether it is a duplicata, and its QR code (qr-path.ts). */
export type ParcheminPage = { parchemin: ParcheminImprime & { numero: string }; duplicata: boolean; qr: QrRuns; verification: string };

const ROUGE = "#c9191e";
const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2027-03-01" → "1er mars 2027", as an official act writes a date. */
export function dateActe(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d === 1 ? "1er" : d} ${MOIS[m - 1]} ${y}`;
}

// The frame: a blue border 2.5 pt at 28 pt from the edge, a thin one 4 pt inside it, then the margins of
// the text (26 pt above, 24 below, 40 on the sides).
const CADRE = 28;
const CADRE_TRAIT = 2.5;
const INTERIEUR = CADRE + CADRE_TRAIT + 4;
const INTERIEUR_TRAIT = 0.75;
const ZONE = {
  left: INTERIEUR + INTERIEUR_TRAIT + 40,
  right: A4.width - INTERIEUR - INTERIEUR_TRAIT - 40,
  top: INTERIEUR + INTERIEUR_TRAIT + 26,
  bottom: A4.height - INTERIEUR - INTERIEUR_TRAIT - 24,
};
const CENTRE = (ZONE.left + ZONE.right) / 2;
const QR_SIZE = 76;

/** Where the QR code is printed on the page, in points from the top-left corner (quiet zone included). */
export const QR_ZONE = { x: ZONE.left, y: ZONE.bottom - QR_SIZE, width: QR_SIZE, height: QR_SIZE } as const;

const S = {
  republique: { face: "bold", size: 12, lineHeight: 1.1 },
  devise: { face: "italic", size: 8.5 },
  ministere: { face: "bold", size: 10 },
  numeroEtiquette: { face: "regular", size: 8, color: GRIS },
  numero: { face: "bold", size: 15, color: BLEU, spacing: 0.6, plain: true },
  duplicata: { face: "bold", size: 12, color: ROUGE },
  titreProfessionnel: { face: "serif", size: 34, color: BLEU, spacing: 1 },
  intitule: { face: "bold", size: 19, lineHeight: 1.3 },
  niveau: { face: "regular", size: 12 },
  references: { face: "regular", size: 9.5, color: GRIS },
  delivreA: { face: "italic", size: 11 },
  titulaire: { face: "bold", size: 20 },
  naissance: { face: "regular", size: 11.5 },
  visa: { face: "regular", size: 8.5, color: GRIS, lineHeight: 1.4 },
  verification: { face: "regular", size: 7, color: GRIS, lineHeight: 1.35 },
  faitA: { face: "regular", size: 11 },
  delegation: { face: "italic", size: 10 },
  legende: { face: "regular", size: 7.5, color: GRIS },
} satisfies Record<string, Style>;

/** One line in the frame (see drawLine): at most as wide as the text zone unless told. */
function line(doc: Doc, text: string, style: Style, x: number, y: number, align: Align = "left", maxWidth = ZONE.right - ZONE.left): number {
  return drawLine(doc, text, style, x, y, align, maxWidth);
}

function entete(doc: Doc, page: ParcheminPage): number {
  let y = ZONE.top;
  y = line(doc, "RÉPUBLIQUE", S.republique, ZONE.left, y);
  y = line(doc, "FRANÇAISE", S.republique, ZONE.left, y);
  y += 5;
  for (const mot of ["Liberté", "Égalité", "Fraternité"]) y = line(doc, mot, S.devise, ZONE.left, y);
  y = line(doc, "République française — Ministère du Travail", S.ministere, ZONE.left, y + 12);

  let droite = line(doc, "NUMÉRO", S.numeroEtiquette, ZONE.right, ZONE.top, "right");
  droite = line(doc, formatParcheminNumero(page.parchemin.numero), S.numero, ZONE.right, droite + 2, "right");
  if (page.duplicata) {
    const texte = "DUPLICATA";
    const largeur = textWidth(doc, texte, S.duplicata) + 2 * 10 + 1.5;
    const haut = height(S.duplicata) + 2 * 3 + 1.5;
    const top = droite + 8;
    doc.lineWidth(1.5).strokeColor(ROUGE).rect(ZONE.right - largeur + 0.75, top + 0.75, largeur - 1.5, haut - 1.5).stroke();
    line(doc, texte, S.duplicata, ZONE.right - largeur / 2, top + 3 + 0.75, "center");
    droite = top + haut;
  }
  return Math.max(y, droite);
}

function corps(doc: Doc, p: ParcheminPage["parchemin"], top: number): void {
  const feminin = p.civilite === "Madame";
  const nom = p.nomUsage && p.nomUsage !== p.nomNaissance ? `${p.nomUsage} ${p.prenoms} (${feminin ? "née" : "né"} ${p.nomNaissance})` : `${p.nomNaissance} ${p.prenoms}`;
  const references = [`Code NSF ${p.nsfCode}`, p.rncp ? `Répertoire national des certifications professionnelles : ${p.rncp}` : null].filter(Boolean).join(" — ");

  let y = line(doc, "Titre professionnel", S.titreProfessionnel, CENTRE, top, "center");
  y += 14;
  doc.lineWidth(1.5).strokeColor(ROUGE).moveTo(CENTRE - 45, y + 0.75).lineTo(CENTRE + 45, y + 0.75).stroke();
  y += 1.5 + 22;
  y = drawWrapped(doc, p.titreIntitule, S.intitule, CENTRE - 220, y, 440, "center");
  if (p.niveau !== null) y = line(doc, `de niveau ${p.niveau}`, S.niveau, CENTRE, y + 8, "center");
  y = line(doc, references, S.references, CENTRE, y + 6, "center");
  y = line(doc, "délivré à", S.delivreA, CENTRE, y + 40, "center");
  y = line(doc, `${p.civilite} ${nom}`, S.titulaire, CENTRE, y + 10, "center");
  y = line(doc, `${feminin ? "née" : "né"} le ${formatIsoDate(p.dateNaissance)} à ${p.lieuNaissance}`, S.naissance, CENTRE, y + 8, "center");
  const visa = `Titre professionnel délivré par le ministre chargé de l'emploi, au vu des résultats de la session d'examen validée par l'unité départementale, en application des articles R. 338-1 et suivants du code de l'éducation (titre ${p.titreCode}).`;
  drawWrapped(doc, visa, S.visa, CENTRE - 210, y + 40, 420, "center");
}

/** The foot, on the bottom of the frame: the QR code and how to verify on the left, the signature on the right. */
function pied(doc: Doc, page: ParcheminPage): void {
  const p = page.parchemin;
  const { size, runs } = page.qr;
  const module = QR_SIZE / (size + 4);
  // Drawn in module units (one unit = one module, the quiet zone of two modules around): each run is then
  // written "col row length 1 re", a few bytes to write and to compress — the whole path in one write (one
  // doc.rect per run made a buffer per run, some 300 a page). The colour is set before the path: no colour
  // operator may stand between a path and its painting.
  let path = "";
  for (const [row, col, length] of runs) path += `${col} ${row} ${length} 1 re\n`;
  doc.save().fillColor("#000000").transform(module, 0, 0, module, QR_ZONE.x + 2 * module, QR_ZONE.y + 2 * module);
  doc.addContent(path).fill().restore();

  // The address on a line of its own: never cut at its slash.
  const invite = "Vérifiez ce titre en scannant ce code ou sur";
  const largeur = 112;
  const gauche = ZONE.left + QR_SIZE + 8;
  let bas = drawWrapped(doc, invite, S.verification, gauche, ZONE.bottom - wrappedHeight(doc, invite, S.verification, largeur) - 2 * height(S.verification), largeur, "left");
  bas = line(doc, page.verification, S.verification, gauche, bas);
  line(doc, "avec le numéro ci-dessus.", S.verification, gauche, bas);

  const centre = ZONE.right - 115;
  const hauteur = height(S.faitA) + 10 + height(S.delegation) + 58 + 0.75 + 3 + height(S.legende);
  let y = line(doc, `Fait à ${p.lieuDelivrance}, le ${dateActe(p.delivreLe)}`, S.faitA, centre, ZONE.bottom - hauteur, "center", 230);
  y = line(doc, "Pour le ministre et par délégation", S.delegation, centre, y + 10, "center", 230);
  y += 58;
  doc.lineWidth(0.75).strokeColor(GRIS).moveTo(centre - 95, y + 0.375).lineTo(centre + 95, y + 0.375).stroke();
  line(doc, "Signature et cachet", S.legende, centre, y + 0.75 + 3, "center", 230);
}

/** Draws one parchemin on a new A4 page of the document. */
export function drawParchemin(doc: Doc, page: ParcheminPage): void {
  doc.addPage({ size: [A4.width, A4.height], margin: 0 });
  doc.lineWidth(CADRE_TRAIT).strokeColor(BLEU).rect(CADRE + CADRE_TRAIT / 2, CADRE + CADRE_TRAIT / 2, A4.width - 2 * CADRE - CADRE_TRAIT, A4.height - 2 * CADRE - CADRE_TRAIT).stroke();
  doc.lineWidth(INTERIEUR_TRAIT).strokeColor(BLEU).rect(INTERIEUR + INTERIEUR_TRAIT / 2, INTERIEUR + INTERIEUR_TRAIT / 2, A4.width - 2 * INTERIEUR - INTERIEUR_TRAIT, A4.height - 2 * INTERIEUR - INTERIEUR_TRAIT).stroke();
  const basEntete = entete(doc, page);
  corps(doc, page.parchemin, basEntete + 54);
  pied(doc, page);
}
