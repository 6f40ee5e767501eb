import { Document, Page, Path, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import { formatIsoDate } from "@/lib/dates";
import type { ParcheminImprime } from "../imprime";
import { formatParcheminNumero } from "../numero";
import { PDF_FONT, PDF_SERIF } from "@/lib/pdf/fonts";
import { FEUILLE_A4 } from "@/lib/pdf/page";

/** One printed page: the parchemin's fields, whether it is a duplicata, and its QR code (lib/parchemins/pdf/qr-path.ts). */
export type ParcheminPage = { parchemin: ParcheminImprime & { numero: string }; duplicata: boolean; qr: { d: string; size: number }; verification: string };

const BLEU = "#000091";
const ROUGE = "#c9191e";
const GRIS = "#3a3a3a";
const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2027-03-01" → "1er mars 2027", as an official act writes a date. */
export function dateActe(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d === 1 ? "1er" : d} ${MOIS[m - 1]} ${y}`;
}

const styles = StyleSheet.create({
  page: { ...FEUILLE_A4, fontFamily: PDF_FONT, fontSize: 11, color: "#161616", padding: 28 },
  cadre: { flexGrow: 1, borderWidth: 2.5, borderColor: BLEU, padding: 4 },
  cadreInterieur: { flexGrow: 1, borderWidth: 0.75, borderColor: BLEU, paddingTop: 26, paddingBottom: 24, paddingHorizontal: 40 },
  entete: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start" },
  republique: { fontWeight: 700, fontSize: 12, lineHeight: 1.1, textTransform: "uppercase" },
  devise: { fontStyle: "italic", fontSize: 8.5, lineHeight: 1.2, marginTop: 5 },
  ministere: { fontWeight: 700, fontSize: 10, marginTop: 12 },
  numeroBloc: { alignItems: "flex-end" },
  numeroEtiquette: { fontSize: 8, color: GRIS, textTransform: "uppercase" },
  // No kerning in the number: Marianne Bold spaces "QJ" wider than Q's advance, and a PDF reader (pdftotext, a
  // copy-paste) then reads "Q J". A number is copied and typed character by character: plain advances, a little
  // air between characters (Q's tail no longer touches the J).
  numero: { fontWeight: 700, fontSize: 15, color: BLEU, marginTop: 2, letterSpacing: 0.6, fontFeatureSettings: { kern: false } },
  duplicata: { marginTop: 8, borderWidth: 1.5, borderColor: ROUGE, color: ROUGE, fontWeight: 700, fontSize: 12, paddingVertical: 3, paddingHorizontal: 10, textTransform: "uppercase" },
  corps: { flexGrow: 1, alignItems: "center", marginTop: 54 },
  titreProfessionnel: { fontFamily: PDF_SERIF, fontWeight: 800, fontSize: 34, color: BLEU, letterSpacing: 1 },
  filet: { width: 90, borderBottomWidth: 1.5, borderBottomColor: ROUGE, marginTop: 14, marginBottom: 22 },
  intitule: { fontWeight: 700, fontSize: 19, textAlign: "center", lineHeight: 1.3, maxWidth: 440 },
  niveau: { fontSize: 12, marginTop: 8 },
  references: { fontSize: 9.5, color: GRIS, marginTop: 6 },
  delivreA: { fontSize: 11, marginTop: 40, fontStyle: "italic" },
  titulaire: { fontWeight: 700, fontSize: 20, marginTop: 10, textAlign: "center" },
  naissance: { fontSize: 11.5, marginTop: 8 },
  visa: { fontSize: 8.5, color: GRIS, marginTop: 40, textAlign: "center", maxWidth: 420, lineHeight: 1.4 },
  pied: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-end" },
  verification: { width: 200, flexDirection: "row", alignItems: "flex-end" },
  verificationTexte: { fontSize: 7, color: GRIS, marginLeft: 8, width: 112, lineHeight: 1.35 },
  signature: { width: 230, alignItems: "center" },
  faitA: { fontSize: 11 },
  delegation: { fontSize: 10, marginTop: 10, fontStyle: "italic" },
  ligneSignature: { width: 190, borderBottomWidth: 0.75, borderBottomColor: GRIS, marginTop: 58 },
  signatureLegende: { fontSize: 7.5, color: GRIS, marginTop: 3 },
});

const QR_SIZE = 76;

function ParcheminPageView({ page }: { page: ParcheminPage }) {
  const p = page.parchemin;
  const feminin = p.civilite === "Madame";
  const nom = p.nomUsage && p.nomUsage !== p.nomNaissance ? `${p.nomUsage} ${p.prenoms} (${feminin ? "née" : "né"} ${p.nomNaissance})` : `${p.nomNaissance} ${p.prenoms}`;
  const references = [`Code NSF ${p.nsfCode}`, p.rncp ? `Répertoire national des certifications professionnelles : ${p.rncp}` : null].filter(Boolean).join(" — ");
  return (
    // One sheet by design (wrap={false}): react-pdf then skips pagination, which laid each page out twice.
    <Page size="A4" style={styles.page} wrap={false}>
      <View style={styles.cadre}>
        <View style={styles.cadreInterieur}>
          <View style={styles.entete}>
            <View>
              {/* One Text per line: a "\n" inside a bold or italic run makes react-pdf embed a Helvetica fallback. */}
              <Text style={styles.republique}>République</Text>
              <Text style={styles.republique}>française</Text>
              <View style={styles.devise}>
                <Text>Liberté</Text>
                <Text>Égalité</Text>
                <Text>Fraternité</Text>
              </View>
              <Text style={styles.ministere}>{`République française — Ministère du Travail`}</Text>
            </View>
            <View style={styles.numeroBloc}>
              <Text style={styles.numeroEtiquette}>Numéro</Text>
              <Text style={styles.numero}>{formatParcheminNumero(p.numero)}</Text>
              {page.duplicata && <Text style={styles.duplicata}>Duplicata</Text>}
            </View>
          </View>

          <View style={styles.corps}>
            <Text style={styles.titreProfessionnel}>Titre professionnel</Text>
            <View style={styles.filet} />
            <Text style={styles.intitule}>{p.titreIntitule}</Text>
            {p.niveau !== null && <Text style={styles.niveau}>{`de niveau ${p.niveau}`}</Text>}
            <Text style={styles.references}>{references}</Text>
            <Text style={styles.delivreA}>{`délivré à`}</Text>
            <Text style={styles.titulaire}>{`${p.civilite} ${nom}`}</Text>
            <Text style={styles.naissance}>{`${feminin ? "née" : "né"} le ${formatIsoDate(p.dateNaissance)} à ${p.lieuNaissance}`}</Text>
            <Text style={styles.visa}>
              {`Titre professionnel délivré par le ministre chargé de l'emploi, au vu des résultats de la session d'examen validée par l'unité départementale, en application des articles R. 338-1 et suivants du code de l'éducation (titre ${p.titreCode}).`}
            </Text>
          </View>

          <View style={styles.pied}>
            <View style={styles.verification}>
              <Svg width={QR_SIZE} height={QR_SIZE} viewBox={`-2 -2 ${page.qr.size + 4} ${page.qr.size + 4}`}>
                <Path d={page.qr.d} fill="#000000" />
              </Svg>
              <Text style={styles.verificationTexte}>{`Vérifiez ce titre en scannant ce code ou sur ${page.verification} avec le numéro ci-dessus.`}</Text>
            </View>
            <View style={styles.signature}>
              <Text style={styles.faitA}>{`Fait à ${p.lieuDelivrance}, le ${dateActe(p.delivreLe)}`}</Text>
              <Text style={styles.delegation}>Pour le ministre et par délégation</Text>
              <View style={styles.ligneSignature} />
              <Text style={styles.signatureLegende}>Signature et cachet</Text>
            </View>
          </View>
        </View>
      </View>
    </Page>
  );
}

/** Parchemins, one A4 page each, in the order given (a session's batch: by name). */
export function ParcheminDocument({ pages }: { pages: ParcheminPage[] }) {
  return (
    <Document title={pages.length === 1 ? `Parchemin ${formatParcheminNumero(pages[0]!.parchemin.numero)}` : "Parchemins"} author="Ministère du Travail" creator="CERES" producer="CERES" language="fr-FR">
      {pages.map((page) => (
        <ParcheminPageView key={page.parchemin.id} page={page} />
      ))}
    </Document>
  );
}
