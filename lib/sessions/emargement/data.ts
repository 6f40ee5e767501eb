import { nomComplet } from "@/lib/candidats/display";
import { eachDayOf, formatIsoDate, type IsoDate } from "@/lib/dates";
import { frenchLongDate } from "../letters/french-dates";

/** What the loader reads (named columns only). */
export type EmargementSource = {
  session: {
    numero: string;
    dateDebut: IsoDate;
    dateFin: IsoDate;
    heureDebut: string;
    titreCode: string;
    titreIntitule: string;
    centreRaisonSociale: string;
    siteLibelle: string;
    siteAdresse: string;
    siteCodePostal: string;
    siteCommuneNom: string;
  };
  candidats: { civilite: string; nomNaissance: string; nomUsage: string | null; prenoms: string; dateNaissance: IsoDate }[];
  jures: { civilite: string; nomNaissance: string; nomUsage: string | null; prenoms: string }[];
};

/** Everything one day's attendance sheet prints, in words: the document only lays it out. */
export type FeuilleEmargement = {
  numero: string;
  titre: string;
  centre: string;
  site: { libelle: string; adresse: string[] };
  jour: IsoDate;
  /** "lundi 15 mars 2027" */
  jourLibelle: string;
  /** "Jour 1 sur 2" for a session of several days, null for one day. */
  rang: string | null;
  heure: string;
  candidats: { nom: string; naissance: string }[];
  jures: { nom: string }[];
};

/** The days a sheet exists for: every day of the session. */
export function joursEmargement(session: { dateDebut: IsoDate; dateFin: IsoDate }): IsoDate[] {
  return eachDayOf(session.dateDebut, session.dateFin);
}

/** One day's sheet (pure); null when the day is not a day of the session. */
export function buildFeuilleEmargement(source: EmargementSource, jour: IsoDate): FeuilleEmargement | null {
  const { session: s } = source;
  const jours = joursEmargement(s);
  const index = jours.indexOf(jour);
  if (index < 0) return null;
  return {
    numero: s.numero,
    titre: `${s.titreCode} — ${s.titreIntitule}`,
    centre: s.centreRaisonSociale,
    site: { libelle: s.siteLibelle, adresse: [s.siteAdresse, `${s.siteCodePostal} ${s.siteCommuneNom}`] },
    jour,
    jourLibelle: frenchLongDate(jour),
    rang: jours.length > 1 ? `Jour ${index + 1} sur ${jours.length}` : null,
    heure: s.heureDebut,
    candidats: source.candidats.map((c) => ({ nom: nomComplet(c), naissance: formatIsoDate(c.dateNaissance) })),
    jures: source.jures.map((j) => ({ nom: `${j.civilite} ${j.nomUsage ?? j.nomNaissance} ${j.prenoms}` })),
  };
}

/** "emargement-2027-30-00042-2027-03-15.pdf" */
export function emargementFileName(numero: string, jour: IsoDate): string {
  return `emargement-${numero}-${jour}.pdf`.replace(/[^A-Za-z0-9.-]/g, "-");
}
