import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { PDF_FONT } from "@/lib/pdf/fonts";
import type { PvData } from "./data";

const BLEU = "#000091";
const GRIS = "#3a3a3a";
const BORD = "#929292";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, lineHeight: 1.35, color: "#161616", paddingTop: 32, paddingBottom: 48, paddingHorizontal: 36 },
  entete: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start" },
  republique: { fontWeight: 700, fontSize: 10, lineHeight: 1.1, textTransform: "uppercase" },
  ministere: { fontWeight: 700, fontSize: 8.5, marginTop: 6 },
  numero: { fontWeight: 700, fontSize: 11, color: BLEU, textAlign: "right" },
  titre: { fontWeight: 700, fontSize: 14, marginTop: 10, color: BLEU },
  sousTitre: { fontSize: 10, marginTop: 2 },
  cadre: { marginTop: 10, borderLeftWidth: 3, borderLeftColor: BLEU, backgroundColor: "#f5f5fe", paddingVertical: 6, paddingHorizontal: 10 },
  ligne: { flexDirection: "row", marginBottom: 2 },
  etiquette: { width: 90, fontWeight: 700 },
  valeur: { flex: 1 },
  section: { fontWeight: 700, fontSize: 10.5, marginTop: 12, marginBottom: 4 },
  table: { borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: BORD },
  tr: { flexDirection: "row" },
  th: { fontWeight: 700, backgroundColor: "#eeeeee", borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: BORD, padding: 3 },
  td: { borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: BORD, padding: 3 },
  candidat: { width: 190 },
  decision: { width: 80 },
  capitalise: { fontStyle: "italic" },
  note: { fontSize: 7.5, color: GRIS, marginTop: 3 },
  signatures: { flexDirection: "row", flexWrap: "wrap", marginTop: 6 },
  signature: { width: 240, height: 62, borderWidth: 0.75, borderColor: BORD, marginRight: 12, marginBottom: 10, padding: 5 },
  signatureNom: { fontWeight: 700 },
  signatureAide: { fontSize: 7.5, color: GRIS },
  pied: { position: "absolute", bottom: 20, left: 36, right: 36, borderTopWidth: 0.5, borderTopColor: BORD, paddingTop: 3, fontSize: 7, color: GRIS, flexDirection: "row", justifyContent: "space-between" },
});

function Ligne({ etiquette, valeur }: { etiquette: string; valeur: string }) {
  return (
    <View style={styles.ligne}>
      <Text style={styles.etiquette}>{etiquette}</Text>
      <Text style={styles.valeur}>{valeur}</Text>
    </View>
  );
}

/**
 * The procès-verbal of a session (A4 landscape: a column per CCP): the session, its jury, each candidate's
 * CCP outcomes and decision (capitalised CCPs in italics), and a signature block per juror. Props only.
 */
export function PvDocument({ data }: { data: PvData }) {
  const ccpWidth = Math.max(50, Math.min(90, Math.floor(480 / Math.max(1, data.ccps.length))));
  return (
    <Document title={`PV de la session ${data.numero}`} author="CERES — Ministère du Travail" language="fr">
      <Page size="A4" orientation="landscape" style={styles.page}>
        <View style={styles.entete} fixed>
          <View>
            <Text style={styles.republique}>République française</Text>
            <Text style={styles.ministere}>Ministère du Travail — Titres professionnels</Text>
          </View>
          <Text style={styles.numero}>{`Session ${data.numero}`}</Text>
        </View>
        <Text style={styles.titre}>Procès-verbal de la session d&apos;examen</Text>
        <Text style={styles.sousTitre}>{`${data.titre} — ${data.version}`}</Text>
        <View style={styles.cadre}>
          <Ligne etiquette="Session" valeur={`${data.numero} (${data.nature}, état : ${data.statut})`} />
          <Ligne etiquette="Titre" valeur={`${data.titre}, ${data.version}`} />
          <Ligne etiquette="Centre" valeur={data.centre} />
          <Ligne etiquette="Site" valeur={data.site} />
          <Ligne etiquette={data.jours.length > 1 ? "Jours" : "Jour"} valeur={data.jours.join(", ")} />
          <Ligne etiquette="Jury" valeur={data.jury.length ? data.jury.join(", ") : "aucun juré convoqué"} />
        </View>

        <Text style={styles.section}>{`Résultats (${data.candidats.length} candidat${data.candidats.length > 1 ? "s" : ""})`}</Text>
        <View style={styles.table}>
          <View style={styles.tr} fixed>
            <Text style={[styles.th, styles.candidat]}>Candidat</Text>
            {data.ccps.map((c) => (
              <Text key={c.numero} style={[styles.th, { width: ccpWidth }]}>{`CCP ${c.numero}`}</Text>
            ))}
            <Text style={[styles.th, styles.decision]}>Décision</Text>
          </View>
          {data.candidats.map((c, i) => (
            <View key={i} style={styles.tr} wrap={false}>
              <View style={[styles.td, styles.candidat]}>
                <Text>{c.nom}</Text>
                <Text style={styles.note}>{c.naissance}</Text>
              </View>
              {c.cellules.map((cell, j) => (
                <Text key={j} style={[styles.td, { width: ccpWidth }, cell.capitalise ? styles.capitalise : {}]}>
                  {cell.label}
                </Text>
              ))}
              <Text style={[styles.td, styles.decision, { fontWeight: 700 }]}>{c.decision}</Text>
            </View>
          ))}
        </View>
        <Text style={styles.note}>{data.ccps.map((c) => `CCP ${c.numero} : ${c.libelle}`).join(" — ")}</Text>
        {data.capitalisation && <Text style={styles.note}>« Capitalisé » (en italique) : CCP acquis lors d&apos;une session validée antérieure de la même version du titre.</Text>}

        <View wrap={false}>
          <Text style={styles.section}>Signatures des membres du jury</Text>
          <View style={styles.signatures}>
            {data.jury.map((nom) => (
              <View key={nom} style={styles.signature}>
                <Text style={styles.signatureNom}>{nom}</Text>
                <Text style={styles.signatureAide}>Date et signature</Text>
              </View>
            ))}
          </View>
        </View>

        <View style={styles.pied} fixed>
          <Text>{`PV établi par CERES ${data.etabliLe}`}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}
