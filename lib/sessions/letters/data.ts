import { eachDayOf, formatIsoDate, todayInParis, type IsoDate } from "@/lib/dates";
import { frenchDateTimeParis, frenchLongDate } from "./french-dates";

/** The ministry in charge of professional titles, as the State's letterhead names it. */
export const MINISTERE = "Ministère du Travail et des Solidarités";

/** What the loader reads (named columns only): the session, its centre's contact, the convened jurors. */
export type ConvocationSource = {
  session: {
    id: string;
    numero: string;
    dateDebut: IsoDate;
    dateFin: IsoDate;
    heureDebut: string;
    convocationAt: Date;
    planningChangedAt: Date;
    titreCode: string;
    titreIntitule: string;
    millesime: string | null;
    dateVersion: IsoDate | null;
    siteLibelle: string;
    siteAdresse: string;
    siteCodePostal: string;
    siteCommuneNom: string;
  };
  centre: {
    raisonSociale: string;
    adresse: string;
    codePostal: string;
    communeNom: string;
    representantCivilite: string | null;
    representantNom: string | null;
    representantPrenom: string | null;
    representantFonction: string | null;
    representantEmail: string | null;
    representantTelephone: string | null;
  };
  jures: {
    id: string;
    civilite: string;
    nomNaissance: string;
    nomUsage: string | null;
    prenoms: string;
    residenceCommuneNom: string | null;
    email: string | null;
  }[];
};

export type ConvocationLetter = {
  jureId: string;
  /** "Madame NGUYỄN Thị Mai" */
  destinataire: string;
  /** Address lines under the name; the juror's street is not recorded, only the commune of residence. */
  adresse: string[];
  email: string | null;
  salutation: string;
};

/** Everything a letter prints, already in words: the document component only lays it out. */
export type ConvocationLettersData = {
  sessionId: string;
  numero: string;
  titre: string;
  version: string;
  site: { libelle: string; adresse: string[] };
  jours: { date: IsoDate; libelle: string; heure: string }[];
  convocation: string;
  convocationAt: Date;
  planningChangedAt: Date;
  heureDebut: string;
  centre: { raisonSociale: string; adresse: string[]; representant: string | null; email: string | null; telephone: string | null };
  /** "Bagnols-sur-Cèze, le 03/12/2026" */
  faitA: string;
  lettres: ConvocationLetter[];
};

function representant(c: ConvocationSource["centre"]): string | null {
  const nom = [c.representantCivilite, c.representantPrenom, c.representantNom].filter(Boolean).join(" ");
  if (!c.representantNom) return null;
  return c.representantFonction ? `${nom}, ${c.representantFonction}` : nom;
}

/** "millésime 03 du 15/06/2021"; a version imported without one of them says what is known. */
function versionLabel(millesime: string | null, dateVersion: IsoDate | null): string {
  const parts = [millesime ? `millésime ${millesime}` : "version", dateVersion ? `du ${formatIsoDate(dateVersion)}` : null];
  return parts.filter(Boolean).join(" ");
}

/** The letters of a session's jurors, in the words printed on them (pure: the loader reads, this writes). */
export function buildConvocationLetters(source: ConvocationSource, now: Date = new Date()): ConvocationLettersData {
  const { session: s, centre: c } = source;
  return {
    sessionId: s.id,
    numero: s.numero,
    titre: `${s.titreCode} — ${s.titreIntitule}`,
    version: versionLabel(s.millesime, s.dateVersion),
    site: { libelle: s.siteLibelle, adresse: [s.siteAdresse, `${s.siteCodePostal} ${s.siteCommuneNom}`] },
    jours: eachDayOf(s.dateDebut, s.dateFin).map((date) => ({ date, libelle: frenchLongDate(date), heure: s.heureDebut })),
    convocation: frenchDateTimeParis(s.convocationAt),
    convocationAt: s.convocationAt,
    planningChangedAt: s.planningChangedAt,
    heureDebut: s.heureDebut,
    centre: {
      raisonSociale: c.raisonSociale,
      adresse: [c.adresse, `${c.codePostal} ${c.communeNom}`],
      representant: representant(c),
      email: c.representantEmail,
      telephone: c.representantTelephone,
    },
    faitA: `${c.communeNom}, le ${formatIsoDate(todayInParis(now))}`,
    lettres: source.jures.map((j) => ({
      jureId: j.id,
      destinataire: `${j.civilite} ${j.nomUsage ?? j.nomNaissance} ${j.prenoms}`,
      adresse: j.residenceCommuneNom ? [j.residenceCommuneNom] : [],
      email: j.email,
      salutation: `${j.civilite},`,
    })),
  };
}
