import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { MINISTERE } from "../letters/data";
import { PDF_FONT } from "@/lib/pdf/fonts";
import type { FeuilleEmargement } from "./data";

const GRIS = "#3a3a3a";
const BORD = "#929292";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9.5, lineHeight: 1.3, color: "#161616", paddingTop: 32, paddingBottom: 52, paddingHorizontal: 40 },
  entete: { flexDirection: "row", justifyContent: "space-between" },
  republique: { fontWeight: 700, fontSize: 10, textTransform: "uppercase" },
  ministere: { fontWeight: 700, fontSize: 8.5, marginTop: 6 },
  titre: { fontWeight: 700, fontSize: 15, lineHeight: 1.2, marginTop: 16 },
  jour: { fontWeight: 700, fontSize: 11.5, marginTop: 6, color: "#000091" },
  cadre: { marginTop: 10, borderLeftWidth: 3, borderLeftColor: "#000091", backgroundColor: "#f5f5fe", paddingVertical: 6, paddingHorizontal: 10 },
  ligne: { flexDirection: "row", marginBottom: 2 },
  etiquette: { width: 90, fontWeight: 700 },
  section: { fontWeight: 700, fontSize: 11, marginTop: 16, marginBottom: 4 },
  tableau: { borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: BORD },
  rangee: { flexDirection: "row", minHeight: 34 },
  rangeeTete: { flexDirection: "row", backgroundColor: "#eeeeee" },
  cellule: { borderRightWidth: 0.75, borderBottomWidth: 0.75, borderColor: BORD, paddingVertical: 4, paddingHorizontal: 5, justifyContent: "center" },
  tete: { fontWeight: 700 },
  numero: { width: "6%" },
  nom: { width: "44%" },
  naissance: { width: "16%" },
  signature: { width: "34%" },
  nomJure: { width: "66%" },
  vide: { color: GRIS, fontStyle: "italic", marginTop: 4 },
  pied: { position: "absolute", bottom: 22, left: 40, right: 40, borderTopWidth: 0.5, borderTopColor: BORD, paddingTop: 4, fontSize: 7.5, color: GRIS, flexDirection: "row", justifyContent: "space-between" },
});

function Tete({ colonnes }: { colonnes: { label: string; style: (typeof styles)[keyof typeof styles] }[] }) {
  return (
    <View style={styles.rangeeTete} fixed>
      {colonnes.map((c) => (
        <View key={c.label} style={[styles.cellule, c.style]}>
          <Text style={styles.tete}>{c.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** One day's attendance sheet: each candidate and each juror signs in an empty box. Props only, no query. */
export function FeuilleEmargementDocument({ feuille }: { feuille: FeuilleEmargement }) {
  return (
    <Document title={`Feuille d'émargement — session ${feuille.numero} — ${feuille.jourLibelle}`} author={feuille.centre} language="fr">
      <Page size="A4" style={styles.page}>
        <View style={styles.entete}>
          <View>
            <Text style={styles.republique}>République française</Text>
            <Text style={styles.ministere}>{MINISTERE}</Text>
          </View>
          <Text>{`Session n° ${feuille.numero}`}</Text>
        </View>
        <Text style={styles.titre}>Feuille d'émargement</Text>
        <Text style={styles.jour}>{feuille.rang ? `${feuille.jourLibelle} — ${feuille.rang}` : feuille.jourLibelle}</Text>
        <View style={styles.cadre}>
          <View style={styles.ligne}>
            <Text style={styles.etiquette}>Session</Text>
            <Text>{`n° ${feuille.numero}, à partir de ${feuille.heure}`}</Text>
          </View>
          <View style={styles.ligne}>
            <Text style={styles.etiquette}>Titre</Text>
            <Text>{feuille.titre}</Text>
          </View>
          <View style={styles.ligne}>
            <Text style={styles.etiquette}>Centre</Text>
            <Text>{feuille.centre}</Text>
          </View>
          <View style={styles.ligne}>
            <Text style={styles.etiquette}>Site</Text>
            <Text>{[feuille.site.libelle, ...feuille.site.adresse].join(", ")}</Text>
          </View>
        </View>

        <Text style={styles.section}>{`Candidats (${feuille.candidats.length})`}</Text>
        {feuille.candidats.length === 0 ? (
          <Text style={styles.vide}>Aucun candidat inscrit.</Text>
        ) : (
          <View style={styles.tableau}>
            <Tete colonnes={[{ label: "N°", style: styles.numero }, { label: "Nom et prénoms", style: styles.nom }, { label: "Naissance", style: styles.naissance }, { label: "Signature", style: styles.signature }]} />
            {feuille.candidats.map((c, i) => (
              <View key={`${c.nom}-${i}`} style={styles.rangee} wrap={false}>
                <View style={[styles.cellule, styles.numero]}>
                  <Text>{String(i + 1)}</Text>
                </View>
                <View style={[styles.cellule, styles.nom]}>
                  <Text>{c.nom}</Text>
                </View>
                <View style={[styles.cellule, styles.naissance]}>
                  <Text>{c.naissance}</Text>
                </View>
                <View style={[styles.cellule, styles.signature]} />
              </View>
            ))}
          </View>
        )}

        <Text style={styles.section} minPresenceAhead={40}>{`Membres du jury (${feuille.jures.length})`}</Text>
        {feuille.jures.length === 0 ? (
          <Text style={styles.vide}>Aucun juré convoqué.</Text>
        ) : (
          <View style={styles.tableau}>
            <Tete colonnes={[{ label: "Nom et prénoms", style: styles.nomJure }, { label: "Signature", style: styles.signature }]} />
            {feuille.jures.map((j, i) => (
              <View key={`${j.nom}-${i}`} style={styles.rangee} wrap={false}>
                <View style={[styles.cellule, styles.nomJure]}>
                  <Text>{j.nom}</Text>
                </View>
                <View style={[styles.cellule, styles.signature]} />
              </View>
            ))}
          </View>
        )}

        <View style={styles.pied} fixed>
          <Text>{`Session n° ${feuille.numero} — émargement du ${feuille.jourLibelle}`}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} sur ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}
