import { A4, BLEU, drawLine, drawWrapped, GRIS, lineHeightOf, wrappedHeight, type Doc, type TextStyle } from "@/lib/pdf/draw";
import { MINISTERE, type ConvocationLetter, type ConvocationLettersData } from "./data";

// The page: 36 pt above, 56 pt below (the foot lives there) and on the sides.
const MARGE = 56;
const HAUT = 36;
const BAS = A4.height - 56;
const GAUCHE = MARGE;
const DROITE = A4.width - MARGE;
const LARGEUR = DROITE - GAUCHE;
/** The recipient, the date, the signature: the right-hand column of a French letter. */
const COLONNE = GAUCHE + 270;

const S = {
  republique: { face: "bold", size: 11, lineHeight: 1.1 },
  devise: { face: "italic", size: 8 },
  ministere: { face: "bold", size: 9, lineHeight: 1.25 },
  service: { face: "regular", size: 8, color: GRIS, lineHeight: 1.4 },
  expediteur: { face: "regular", size: 9, lineHeight: 1.35 },
  expediteurNom: { face: "bold", size: 9, lineHeight: 1.35 },
  destinataire: { face: "regular", size: 10.5, lineHeight: 1.35 },
  destinataireNom: { face: "bold", size: 10.5, lineHeight: 1.35 },
  faitA: { face: "regular", size: 9.5, lineHeight: 1.4 },
  objet: { face: "bold", size: 10.5, lineHeight: 1.4 },
  reference: { face: "regular", size: 9.5, color: GRIS, lineHeight: 1.4 },
  texte: { face: "regular", size: 10, lineHeight: 1.4 },
  etiquette: { face: "bold", size: 10, lineHeight: 1.4 },
  signataire: { face: "bold", size: 10, lineHeight: 1.4 },
  pied: { face: "regular", size: 7.5, color: GRIS, lineHeight: 1.4 },
} satisfies Record<string, TextStyle>;

// The foot: a grey rule 24 pt above the bottom edge of the sheet, 4 pt of air, one line of small text.
const PIED = { bas: 24, air: 4, trait: 0.5 } as const;

// The frame of the session's facts: a blue rule on its left, a light blue ground, a label column.
const CADRE = { trait: 3, fond: "#f5f5fe", padV: 8, padH: 12, etiquette: 110, valeur: 330, interligne: 4 } as const;

/** The lines of text a page carries, drawn top-down; a block that would cross the foot starts a new page. */
class Feuille {
  y = HAUT;

  constructor(
    private readonly doc: Doc,
    private readonly pied: readonly [string, string],
  ) {
    this.page();
  }

  private page(): void {
    this.doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    const trait = A4.height - PIED.bas - lineHeightOf(S.pied) - PIED.air;
    const texte = trait + PIED.trait + PIED.air;
    this.doc.lineWidth(PIED.trait).strokeColor("#929292").moveTo(GAUCHE, trait + PIED.trait / 2).lineTo(DROITE, trait + PIED.trait / 2).stroke();
    drawLine(this.doc, this.pied[0], S.pied, GAUCHE, texte, "left", LARGEUR / 2);
    drawLine(this.doc, this.pied[1], S.pied, DROITE, texte, "right", LARGEUR / 2);
    this.y = HAUT;
  }

  /** Room for `height` more points below `gap`, or a new page. */
  room(gap: number, height: number): void {
    if (this.y + gap + height > BAS) this.page();
    else this.y += gap;
  }

  line(text: string, style: TextStyle, x = GAUCHE, width = DROITE - x): void {
    this.y = drawLine(this.doc, text, style, x, this.y, "left", width);
  }

  paragraph(text: string, style: TextStyle, gap: number, x = GAUCHE): void {
    this.room(gap, wrappedHeight(this.doc, text, style, DROITE - x));
    this.y = drawWrapped(this.doc, text, style, x, this.y, DROITE - x);
  }
}

function entete(doc: Doc, data: ConvocationLettersData): number {
  let y = HAUT;
  y = drawLine(doc, "RÉPUBLIQUE", S.republique, GAUCHE, y, "left", 220);
  y = drawLine(doc, "FRANÇAISE", S.republique, GAUCHE, y, "left", 220);
  y += 4;
  for (const mot of ["Liberté", "Égalité", "Fraternité"]) y = drawLine(doc, mot, S.devise, GAUCHE, y, "left", 220);
  y = drawLine(doc, MINISTERE, S.ministere, GAUCHE, y + 10, "left", 220);
  y = drawLine(doc, "Titres professionnels — sessions d'examen", S.service, GAUCHE, y + 2, "left", 220);

  const { centre } = data;
  let droite = drawLine(doc, centre.raisonSociale, S.expediteurNom, DROITE, HAUT, "right", 210);
  for (const ligne of [...centre.adresse, centre.email, centre.telephone]) if (ligne) droite = drawLine(doc, ligne, S.expediteur, DROITE, droite, "right", 210);
  return Math.max(y, droite);
}

type Rangee = { etiquette: string; valeurs: readonly string[] };

/** The height of a row of the frame: its label or its values, whichever is taller. */
function hauteurRangee(doc: Doc, row: Rangee): number {
  const valeurs = row.valeurs.reduce((sum, v) => sum + wrappedHeight(doc, v, S.texte, CADRE.valeur), 0);
  return Math.max(wrappedHeight(doc, row.etiquette, S.etiquette, CADRE.etiquette), valeurs);
}

/** The facts of the session on their light ground, each row a label and its values, below the sheet's last line. */
function cadre(f: Feuille, doc: Doc, rows: readonly Rangee[]): void {
  const hauteurs = rows.map((row) => hauteurRangee(doc, row));
  const hauteur = 2 * CADRE.padV + hauteurs.reduce((a, b) => a + b, 0) + CADRE.interligne * (rows.length - 1);
  f.room(12, hauteur);
  doc.rect(GAUCHE, f.y, LARGEUR, hauteur).fill(CADRE.fond);
  doc.rect(GAUCHE, f.y, CADRE.trait, hauteur).fill(BLEU);
  const x = GAUCHE + CADRE.trait + CADRE.padH;
  let y = f.y + CADRE.padV;
  rows.forEach((row, i) => {
    drawWrapped(doc, row.etiquette, S.etiquette, x, y, CADRE.etiquette);
    let valeurs = y;
    for (const v of row.valeurs) valeurs = drawWrapped(doc, v, S.texte, x + CADRE.etiquette, valeurs, CADRE.valeur);
    y += hauteurs[i]! + CADRE.interligne;
  });
  f.y += hauteur;
}

/** Draws one juror's letter from a new page (a second page only if the session's days overflow the first). */
export function drawLettre(doc: Doc, data: ConvocationLettersData, lettre: ConvocationLetter): void {
  const feminin = lettre.salutation.startsWith("Madame");
  const { centre } = data;
  const contact = [centre.representant, centre.email, centre.telephone].filter(Boolean).join(" — ");
  const f = new Feuille(doc, [`Session n° ${data.numero} — convocation du jury`, lettre.destinataire]);
  f.y = entete(doc, data);

  f.room(28, 0);
  f.line(lettre.destinataire, S.destinataireNom, COLONNE);
  for (const ligne of lettre.adresse) f.line(ligne, S.destinataire, COLONNE);
  f.y += 22;
  f.line(data.faitA, S.faitA, COLONNE);

  f.paragraph(`Objet : convocation au jury de la session d'examen n° ${data.numero}`, S.objet, 20);
  f.paragraph(`Titre professionnel ${data.titre} (${data.version})`, S.reference, 0);
  f.paragraph(lettre.salutation, S.texte, 10);
  f.paragraph(
    `Vous êtes ${feminin ? "convoquée" : "convoqué"} en qualité de membre du jury de la session d'examen n° ${data.numero} du titre professionnel ${data.titre}, organisée par ${centre.raisonSociale}, aux lieu et dates suivants.`,
    S.texte,
    10,
  );

  const rows = [
    { etiquette: "Convocation", valeurs: [data.convocation] },
    { etiquette: data.jours.length > 1 ? "Jours de session" : "Jour de session", valeurs: data.jours.map((j) => `${j.libelle}, à partir de ${j.heure}`) },
    { etiquette: "Lieu", valeurs: [data.site.libelle, ...data.site.adresse] },
    { etiquette: "Titre et version", valeurs: [`${data.titre}, ${data.version}`] },
  ];
  cadre(f, doc, rows);

  f.paragraph(
    `Merci de vous présenter à l'heure de convocation, muni${feminin ? "e" : ""} d'une pièce d'identité. En cas d'empêchement, prévenez le centre sans délai afin qu'il puisse pourvoir à votre remplacement${contact ? ` : ${contact}` : ""}.`,
    S.texte,
    10,
  );
  f.paragraph(`Veuillez agréer, ${lettre.salutation.replace(/,$/, "")}, l'expression de nos salutations distinguées.`, S.texte, 10);

  f.room(22, 2 * lineHeightOf(S.texte));
  f.paragraph(`Pour ${centre.raisonSociale},`, S.texte, 0, COLONNE);
  if (centre.representant) f.paragraph(centre.representant, S.signataire, 0, COLONNE);
}
