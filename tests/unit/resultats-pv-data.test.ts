import { expect, test } from "vitest";
import { buildPvData } from "@/lib/resultats/pv/data";

const session = {
  numero: "2027-30-00042",
  statut: "transmise" as const,
  type: "titre" as const,
  titreCode: "TP-00391",
  titreIntitule: "Assistant(e) de vie aux familles",
  millesime: "01",
  dateVersion: "2020-01-01",
  centreRaisonSociale: "16 30 FORMATION",
  centreSiret: "53060076600022",
  siteLibelle: "Site principal",
  siteAdresse: "RUE DU 19 MARS 1962",
  siteCodePostal: "30200",
  siteCommuneNom: "Bagnols-sur-Cèze",
  dateDebut: "2027-03-15",
  dateFin: "2027-03-15",
};
const candidat = (c: { civilite: string; nomNaissance: string; nomUsage: string | null; prenoms: string }) => ({
  ...c,
  inscriptionId: `i-${c.nomNaissance}`,
  candidatId: `c-${c.nomNaissance}`,
  dateNaissance: "1990-03-12",
  presence: "present" as const,
  decision: "titre_obtenu" as const,
  resultatVersion: 1,
  issues: {},
  acquisAnterieurs: [],
});

test("le PV nomme le candidat comme sa fiche : nom d'usage, prénoms, puis le nom de naissance quand il diffère", () => {
  const data = buildPvData(
    {
      session,
      jury: [],
      resultats: {
        ccpsVersion: [],
        ccpsEvalues: [],
        candidats: [
          candidat({ civilite: "Madame", nomNaissance: "MARTIN", nomUsage: "DURAND", prenoms: "Sophie" }),
          candidat({ civilite: "Monsieur", nomNaissance: "ØRSTED", nomUsage: null, prenoms: "Søren" }),
        ],
      },
    },
    new Date("2027-03-20T09:30:00Z"),
  );
  expect(data.candidats.map((c) => c.nom)).toEqual(["Madame DURAND Sophie (née MARTIN)", "Monsieur ØRSTED Søren"]);
});
