import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { nomComplet } from "@/lib/candidats/display";
import { formatIsoDate } from "@/lib/dates";
import { PDF_FONT } from "@/lib/pdf/fonts";
import type { LivretData } from "./data";

const BLEU = "#000091";
const GRIS = "#3a3a3a";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10, lineHeight: 1.4, color: "#161616", paddingTop: 40, paddingBottom: 56, paddingHorizontal: 56 },
  etat: { fontWeight: 700, fontSize: 11 },
  devise: { fontStyle: "italic", fontSize: 8, color: GRIS, marginTop: 2 },
  titre: { marginTop: 36, fontSize: 22, lineHeight: 1.3, fontWeight: 700, color: BLEU, textAlign: "center" },
  sousTitre: { marginTop: 8, fontSize: 11, textAlign: "center", color: GRIS },
  bloc: { marginTop: 22 },
  etiquette: { fontSize: 9, fontWeight: 700, color: BLEU, marginBottom: 3 },
  fort: { fontWeight: 700, fontSize: 12 },
  tableau: { marginTop: 6, borderTopWidth: 1, borderTopColor: BLEU },
  entete: { flexDirection: "row", backgroundColor: "#f5f5fe", paddingVertical: 4, fontWeight: 700, fontSize: 9 },
  ligne: { flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: "#cecece" },
  colNumero: { width: 50, paddingLeft: 4 },
  colLibelle: { width: 235, paddingRight: 8 },
  colSession: { width: 95 },
  colDate: { width: 103 },
  vide: { marginTop: 6, fontStyle: "italic" },
  note: { marginTop: 10, fontSize: 9, color: GRIS },
  faitA: { marginTop: 30, marginLeft: 270 },
  signature: { marginTop: 6, marginLeft: 270, fontWeight: 700 },
  pied: { position: "absolute", bottom: 24, left: 56, right: 56, borderTopWidth: 0.5, borderTopColor: "#929292", paddingTop: 4, fontSize: 7.5, color: GRIS, flexDirection: "row", justifyContent: "space-between" },
});

function dates(dateDebut: string, dateFin: string): string {
  return dateDebut === dateFin ? formatIsoDate(dateDebut) : `du ${formatIsoDate(dateDebut)} au ${formatIsoDate(dateFin)}`;
}

/**
 * The livret de certification (DOMAIN glossary): the CCPs a candidate acquired for one title version, each
 * with the session where it was acquired, up to the validation that gave it. One A4 page; props only.
 * Each value is one Text (one text run): names keep their diacritics and are never hyphenated.
 */
export function LivretDocument({ data }: { data: LivretData }) {
  const nom = nomComplet(data);
  const naissance = `${data.civilite === "Madame" ? "Née" : "Né"} le ${formatIsoDate(data.dateNaissance)} à ${data.lieuNaissance}`;
  const titre = `${data.titreCode} — ${data.titreIntitule}`;
  const details = [data.niveau ? `Niveau ${data.niveau}` : null, data.version].filter(Boolean).join(" — ");
  const lieu = data.lieuDelivrance ?? "—";
  return (
    <Document title={`Livret de certification — ${nom}`} author="Ministère du Travail" subject={`Livret de certification ${data.titreCode}`} language="fr">
      <Page size="A4" style={styles.page}>
        <Text style={styles.etat}>République française — Ministère du Travail</Text>
        <Text style={styles.devise}>Liberté — Égalité — Fraternité</Text>

        <Text style={styles.titre}>Livret de certification</Text>
        <Text style={styles.sousTitre}>Titre professionnel — certificats de compétences professionnelles acquis</Text>

        <View style={styles.bloc}>
          <Text style={styles.etiquette}>Candidat</Text>
          <Text style={styles.fort}>{`${data.civilite} ${nom}`}</Text>
          <Text>{naissance}</Text>
        </View>

        <View style={styles.bloc}>
          <Text style={styles.etiquette}>Titre professionnel</Text>
          <Text style={styles.fort}>{titre}</Text>
          <Text>{details}</Text>
        </View>

        <View style={styles.bloc}>
          <Text style={styles.etiquette}>{`CCP acquis : ${data.ccps.length} sur ${data.ccpsVersion}`}</Text>
          <View style={styles.tableau}>
            <View style={styles.entete}>
              <Text style={styles.colNumero}>CCP</Text>
              <Text style={styles.colLibelle}>Intitulé</Text>
              <Text style={styles.colSession}>Session</Text>
              <Text style={styles.colDate}>Date</Text>
            </View>
            {data.ccps.map((ccp) => (
              <View key={ccp.ccpId} style={styles.ligne} wrap={false}>
                <Text style={styles.colNumero}>{`CCP ${ccp.numero}`}</Text>
                <Text style={styles.colLibelle}>{ccp.libelle}</Text>
                <Text style={styles.colSession}>{ccp.sessionNumero}</Text>
                <Text style={styles.colDate}>{dates(ccp.dateDebut, ccp.dateFin)}</Text>
              </View>
            ))}
          </View>
          {data.ccps.length === 0 ? <Text style={styles.vide}>Aucun CCP acquis dans une session validée.</Text> : null}
          <Text style={styles.note}>
            {"Chaque certificat de compétences professionnelles est acquis définitivement pour cette version du titre ; le titre est délivré lorsque tous ses CCP sont acquis."}
          </Text>
        </View>

        <Text style={styles.faitA}>{`Fait à ${lieu}, le ${formatIsoDate(data.delivreLe)}`}</Text>
        <Text style={styles.signature}>Pour le ministre et par délégation</Text>

        <View style={styles.pied} fixed>
          <Text>{`Livret de certification — validation de la session n° ${data.sessionNumero}`}</Text>
          <Text>{nom}</Text>
        </View>
      </Page>
    </Document>
  );
}
