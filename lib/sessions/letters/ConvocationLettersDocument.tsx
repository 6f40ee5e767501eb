import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ConvocationLetter, ConvocationLettersData } from "./data";
import { PDF_FONT } from "@/lib/pdf/fonts";

/** The ministry in charge of professional titles, as the State's letterhead names it. */
export const MINISTERE = "Ministère du Travail et des Solidarités";

const BLEU = "#000091";
const GRIS = "#3a3a3a";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10, lineHeight: 1.4, color: "#161616", paddingTop: 36, paddingBottom: 56, paddingHorizontal: 56 },
  entete: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start" },
  marque: { width: 220 },
  republique: { fontWeight: 700, fontSize: 11, lineHeight: 1.1, textTransform: "uppercase" },
  devise: { fontStyle: "italic", fontSize: 8, lineHeight: 1.2, marginTop: 4 },
  ministere: { fontWeight: 700, fontSize: 9, marginTop: 10, lineHeight: 1.25 },
  service: { fontSize: 8, color: GRIS, marginTop: 2 },
  expediteur: { width: 210, fontSize: 9, lineHeight: 1.35, textAlign: "right" },
  expediteurNom: { fontWeight: 700 },
  destinataire: { marginTop: 28, marginLeft: 270, fontSize: 10.5, lineHeight: 1.35 },
  destinataireNom: { fontWeight: 700 },
  faitA: { marginTop: 22, marginLeft: 270, fontSize: 9.5 },
  objet: { marginTop: 20, fontWeight: 700, fontSize: 10.5 },
  reference: { fontSize: 9.5, color: GRIS },
  paragraphe: { marginTop: 10 },
  cadre: { marginTop: 12, borderLeftWidth: 3, borderLeftColor: BLEU, backgroundColor: "#f5f5fe", paddingVertical: 8, paddingHorizontal: 12 },
  ligne: { flexDirection: "row", marginBottom: 4 },
  etiquette: { width: 110, fontWeight: 700 },
  valeur: { width: 330 },
  signature: { marginTop: 22, marginLeft: 270 },
  pied: { position: "absolute", bottom: 24, left: 56, right: 56, borderTopWidth: 0.5, borderTopColor: "#929292", paddingTop: 4, fontSize: 7.5, color: GRIS, flexDirection: "row", justifyContent: "space-between" },
});

/**
 * A row of the frame. Rendering cost goes by Text node and by text run (each run is shaped by fontkit on its
 * own, then set by pdfkit): a single value is one Text, and every paragraph below is one template string
 * (JSX interpolation would split it into several runs — and lose the kerning across their joins).
 */
function Ligne({ etiquette, valeurs }: { etiquette: string; valeurs: string[] }) {
  return (
    <View style={styles.ligne}>
      <Text style={styles.etiquette}>{etiquette}</Text>
      {valeurs.length === 1 ? <Text style={styles.valeur}>{valeurs[0]}</Text> : <View style={styles.valeur}>{valeurs.map((v) => <Text key={v}>{v}</Text>)}</View>}
    </View>
  );
}

function Lettre({ data, lettre }: { data: ConvocationLettersData; lettre: ConvocationLetter }) {
  const feminin = lettre.salutation.startsWith("Madame");
  const { centre } = data;
  const contact = [centre.representant, centre.email, centre.telephone].filter(Boolean).join(" — ");
  return (
    <Page size="A4" style={styles.page}>
      <View style={styles.entete}>
        <View style={styles.marque}>
          {/* One Text per line: a "\n" inside a bold or italic run makes react-pdf embed a Helvetica fallback. */}
          <Text style={styles.republique}>République</Text>
          <Text style={styles.republique}>française</Text>
          <View style={styles.devise}>
            <Text>Liberté</Text>
            <Text>Égalité</Text>
            <Text>Fraternité</Text>
          </View>
          <Text style={styles.ministere}>{MINISTERE}</Text>
          <Text style={styles.service}>Titres professionnels — sessions d'examen</Text>
        </View>
        <View style={styles.expediteur}>
          <Text style={styles.expediteurNom}>{centre.raisonSociale}</Text>
          {centre.adresse.map((l) => (
            <Text key={l}>{l}</Text>
          ))}
          {centre.email ? <Text>{centre.email}</Text> : null}
          {centre.telephone ? <Text>{centre.telephone}</Text> : null}
        </View>
      </View>

      <View style={styles.destinataire}>
        <Text style={styles.destinataireNom}>{lettre.destinataire}</Text>
        {lettre.adresse.map((l) => (
          <Text key={l}>{l}</Text>
        ))}
      </View>

      <Text style={styles.faitA}>{data.faitA}</Text>

      <Text style={styles.objet}>{`Objet : convocation au jury de la session d'examen n° ${data.numero}`}</Text>
      <Text style={styles.reference}>{`Titre professionnel ${data.titre} (${data.version})`}</Text>

      <Text style={styles.paragraphe}>{lettre.salutation}</Text>
      <Text style={styles.paragraphe}>
        {`Vous êtes ${feminin ? "convoquée" : "convoqué"} en qualité de membre du jury de la session d'examen n° ${data.numero} du titre professionnel ${data.titre}, organisée par ${centre.raisonSociale}, aux lieu et dates suivants.`}
      </Text>

      <View style={styles.cadre}>
        <Ligne etiquette="Convocation" valeurs={[data.convocation]} />
        <Ligne etiquette={data.jours.length > 1 ? "Jours de session" : "Jour de session"} valeurs={data.jours.map((j) => `${j.libelle}, à partir de ${j.heure}`)} />
        <Ligne etiquette="Lieu" valeurs={[data.site.libelle, ...data.site.adresse]} />
        <Ligne etiquette="Titre et version" valeurs={[`${data.titre}, ${data.version}`]} />
      </View>

      <Text style={styles.paragraphe}>
        {`Merci de vous présenter à l'heure de convocation, muni${feminin ? "e" : ""} d'une pièce d'identité. En cas d'empêchement, prévenez le centre sans délai afin qu'il puisse pourvoir à votre remplacement${contact ? ` : ${contact}` : ""}.`}
      </Text>
      <Text style={styles.paragraphe}>{`Veuillez agréer, ${lettre.salutation.replace(/,$/, "")}, l'expression de nos salutations distinguées.`}</Text>

      <View style={styles.signature}>
        <Text>{`Pour ${centre.raisonSociale},`}</Text>
        {centre.representant ? <Text style={styles.expediteurNom}>{centre.representant}</Text> : null}
      </View>

      <View style={styles.pied} fixed>
        <Text>{`Session n° ${data.numero} — convocation du jury`}</Text>
        <Text>{lettre.destinataire}</Text>
      </View>
    </Page>
  );
}

/** One A4 page per juror: the jury's letters in one file, or a single letter. Props only, no query. */
export function ConvocationLettersDocument({ data }: { data: ConvocationLettersData }) {
  return (
    <Document title={`Convocations — session ${data.numero}`} author={data.centre.raisonSociale} subject={`Convocation au jury de la session ${data.numero}`} language="fr">
      {data.lettres.map((lettre) => (
        <Lettre key={lettre.jureId} data={data} lettre={lettre} />
      ))}
    </Document>
  );
}
