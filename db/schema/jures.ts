import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { centres } from "./centres";
import { pays } from "./communes";
import { departements, regions } from "./territoires";
import { titreVersions } from "./titres";

export const civilites = ["Madame", "Monsieur"] as const;
export const lienTypes = ["salarie", "formateur", "autre"] as const;
export const lienType = pgEnum("jure_lien_type", lienTypes);

/**
 * Jurors (membres de jury). Birth place as of the birth date (DOMAIN R6): an INSEE code and the name it had
 * then, or a country and a city for births abroad. Residence: a current commune, which sets the scope (R9).
 */
export const jures = pgTable(
  "jures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    civilite: text("civilite").notNull(),
    nomNaissance: text("nom_naissance").notNull(),
    nomUsage: text("nom_usage"),
    prenoms: text("prenoms").notNull(),
    dateNaissance: date("date_naissance").notNull(),
    naissanceCommuneCode: text("naissance_commune_code"),
    naissanceCommuneNom: text("naissance_commune_nom"),
    naissancePaysCode: text("naissance_pays_code").references(() => pays.code),
    naissanceVille: text("naissance_ville"),
    residenceCommuneCode: text("residence_commune_code").notNull(),
    residenceCommuneNom: text("residence_commune_nom").notNull(),
    residenceDepartementCode: text("residence_departement_code")
      .notNull()
      .references(() => departements.code),
    residenceRegionCode: text("residence_region_code")
      .notNull()
      .references(() => regions.code),
    email: text("email"),
    telephone: text("telephone"),
    employeurRaisonSociale: text("employeur_raison_sociale"),
    employeurSiret: text("employeur_siret"),
    /** normalizeName() of the birth name and given names: the identity a juror is matched on (import, duplicates). */
    nomNaissanceNormalise: text("nom_naissance_normalise").notNull(),
    prenomsNormalises: text("prenoms_normalises").notNull(),
    /** normalizeName() of every name, for the search box. */
    nomRecherche: text("nom_recherche").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One juror, one record: the same birth name, given names and birth date are the same person.
    uniqueIndex("jures_identite_unique").on(t.nomNaissanceNormalise, t.prenomsNormalises, t.dateNaissance),
    // The name order of the lists ("NOM Prénoms", usage name first), alone and within a scope, so that the
    // first page of jurors to convene is read in index order instead of sorting every candidate.
    index("jures_tri_idx").on(sql`lower(coalesce(${t.nomUsage}, ${t.nomNaissance}))`, sql`lower(${t.prenoms})`, t.id),
    index("jures_departement_tri_idx").on(t.residenceDepartementCode, sql`lower(coalesce(${t.nomUsage}, ${t.nomNaissance}))`, sql`lower(${t.prenoms})`, t.id),
    index("jures_region_tri_idx").on(t.residenceRegionCode, sql`lower(coalesce(${t.nomUsage}, ${t.nomNaissance}))`, sql`lower(${t.prenoms})`, t.id),
    index("jures_recherche_trgm_idx").using("gin", sql`${t.nomRecherche} gin_trgm_ops`),
    check("jures_civilite", sql`${t.civilite} in ('Madame', 'Monsieur')`),
    check(
      "jures_lieu_naissance",
      sql`(${t.naissanceCommuneCode} is not null and ${t.naissanceCommuneNom} is not null and ${t.naissancePaysCode} is null and ${t.naissanceVille} is null)
       or (${t.naissanceCommuneCode} is null and ${t.naissanceCommuneNom} is null and ${t.naissancePaysCode} is not null and ${t.naissanceVille} is not null)`,
    ),
    check("jures_siret_format", sql`${t.employeurSiret} ~ '^[0-9]{14}$'`),
  ],
);

/** Declared links (employee, trainer…) that make a juror ineligible for a centre's sessions while active (R4). */
export const jureCentreLinks = pgTable(
  "jure_centre_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    jureId: uuid("jure_id")
      .notNull()
      .references(() => jures.id, { onDelete: "cascade" }),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    type: lienType("type").notNull(),
    precision: text("precision"),
    dateDebut: date("date_debut").notNull(),
    dateFin: date("date_fin"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("jure_centre_links_centre_idx").on(t.centreId, t.dateDebut, t.dateFin, t.jureId),
    index("jure_centre_links_jure_idx").on(t.jureId),
    check("jure_centre_links_dates", sql`${t.dateFin} is null or ${t.dateFin} >= ${t.dateDebut}`),
  ],
);

/** A juror's habilitation for one title version, with the competence facts its criteria are checked on. */
export const habilitations = pgTable(
  "habilitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    jureId: uuid("jure_id")
      .notNull()
      .references(() => jures.id, { onDelete: "cascade" }),
    titreVersionId: uuid("titre_version_id")
      .notNull()
      .references(() => titreVersions.id),
    dateDebutEmploi: date("date_debut_emploi"),
    dateDerniereOccupation: date("date_derniere_occupation"),
    dateProfessionnalisation: date("date_professionnalisation"),
    commentaires: text("commentaires"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("habilitations_jure_version_unique").on(t.jureId, t.titreVersionId),
    // Target of the periods' composite key: a period repeats its habilitation's juror and version.
    unique("habilitations_identite_unique").on(t.id, t.jureId, t.titreVersionId),
    index("habilitations_version_idx").on(t.titreVersionId, t.jureId),
  ],
);

/**
 * Recorded periods of a habilitation, never rewritten by R3: the prolonged end is derived. The juror and
 * the version are repeated (held consistent by the composite key) so that the list of jurors to convene
 * reads the periods of one version by index alone.
 */
export const habilitationPeriodes = pgTable(
  "habilitation_periodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    habilitationId: uuid("habilitation_id").notNull(),
    jureId: uuid("jure_id").notNull(),
    titreVersionId: uuid("titre_version_id").notNull(),
    dateDebut: date("date_debut").notNull(),
    dateFin: date("date_fin").notNull(),
    /** Set when an agent habilitated despite unmet criteria: their justification, and which criteria. */
    derogationMotif: text("derogation_motif"),
    derogationCriteres: text("derogation_criteres").array(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "habilitation_periodes_habilitation_fk",
      columns: [t.habilitationId, t.jureId, t.titreVersionId],
      foreignColumns: [habilitations.id, habilitations.jureId, habilitations.titreVersionId],
    }).onDelete("cascade"),
    index("habilitation_periodes_habilitation_idx").on(t.habilitationId, t.dateDebut),
    // The periods of one version that reach a day (date_fin >= seuil), read by index alone.
    index("habilitation_periodes_version_idx").on(t.titreVersionId, t.dateFin, t.dateDebut, t.jureId),
    index("habilitation_periodes_jure_idx").on(t.jureId, t.titreVersionId, t.dateFin),
    check("habilitation_periodes_dates", sql`${t.dateFin} >= ${t.dateDebut}`),
  ],
);

export type Jure = typeof jures.$inferSelect;
export type Civilite = (typeof civilites)[number];
export type LienType = (typeof lienTypes)[number];
export type Habilitation = typeof habilitations.$inferSelect;
export type HabilitationPeriode = typeof habilitationPeriodes.$inferSelect;
