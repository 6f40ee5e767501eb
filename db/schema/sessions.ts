import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agrements, centres, sites } from "./centres";
import { jures } from "./jures";
import { departements, regions } from "./territoires";
import { ccps, titreVersions } from "./titres";
import { users } from "./users";

export const sessionStatuts = ["brouillon", "declaree", "jury_constitue", "resultats_saisis", "transmise", "validee", "annulee"] as const;
export const sessionStatut = pgEnum("session_statut", sessionStatuts);
export const sessionTypes = ["titre", "ccp"] as const;
export const sessionType = pgEnum("session_type", sessionTypes);

/**
 * An exam session: a centre, one of its sites, one title version, under the agrément R1 found at creation.
 * Its place (région, département of the site) is kept on the row: it makes the number and the perimeter of
 * the UD that validates it (DOMAIN R9), read without joining the site's commune on every list.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Human number, given at creation and never changed: year, département of the site, sequence (2027-30-00042). */
    numero: text("numero").notNull().unique(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    titreVersionId: uuid("titre_version_id")
      .notNull()
      .references(() => titreVersions.id),
    agrementId: uuid("agrement_id")
      .notNull()
      .references(() => agrements.id),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    departementCode: text("departement_code")
      .notNull()
      .references(() => departements.code),
    type: sessionType("type").notNull().default("titre"),
    /** First and last day of the session (Europe/Paris calendar days). */
    dateDebut: date("date_debut").notNull(),
    dateFin: date("date_fin").notNull(),
    /** Start time on each day, Paris wall-clock "HH:MM" (R2: 08:00 by default, never the clock time). */
    heureDebut: text("heure_debut").notNull().default("08:00"),
    /** Instant the candidates and jurors are convened (R2: first day at 08:00 Paris until someone edits it). */
    convocationAt: timestamp("convocation_at", { withTimezone: true }).notNull(),
    /** False while the convocation follows the first day (R2); true once someone set it by hand. */
    convocationSaisie: boolean("convocation_saisie").notNull().default(false),
    capacite: integer("capacite").notNull(),
    statut: sessionStatut("statut").notNull().default("brouillon"),
    /** Reason of the last cancellation or sending back, shown on the session page. */
    motifStatut: text("motif_statut"),
    /** Moved each time the days, the time or the convocation change: letters sent before it are out of date. */
    planningChangedAt: timestamp("planning_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Last transmission to the UD and validation by it (who and when), shown on the session page and the UD queue. */
    transmiseAt: timestamp("transmise_at", { withTimezone: true }),
    valideeAt: timestamp("validee_at", { withTimezone: true }),
    valideePar: uuid("validee_par").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sessions_centre_idx").on(t.centreId, t.dateDebut),
    index("sessions_departement_idx").on(t.departementCode, t.dateDebut),
    index("sessions_region_idx").on(t.regionCode, t.dateDebut),
    index("sessions_statut_idx").on(t.statut, t.dateDebut),
    index("sessions_version_idx").on(t.titreVersionId, t.dateDebut),
    index("sessions_date_idx").on(t.dateDebut, t.id),
    /** The UD's queue: transmitted sessions of a département, oldest first. */
    index("sessions_a_valider_idx").on(t.departementCode, t.transmiseAt).where(sql`${t.statut} = 'transmise'`),
    /** R4 "already convened at an overlapping session": the sessions whose days meet a range, by their dates alone. */
    index("sessions_jours_idx").using("gist", sql`daterange(${t.dateDebut}, ${t.dateFin}, '[]')`).where(sql`${t.statut} <> 'annulee'`),
    check("sessions_dates_ordre", sql`${t.dateFin} >= ${t.dateDebut}`),
    check("sessions_capacite_positive", sql`${t.capacite} > 0`),
    check("sessions_heure_format", sql`${t.heureDebut} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

/** The CCPs a session CCP assesses (a session titre assesses every CCP of its version and has no row here). */
export const sessionCcps = pgTable(
  "session_ccps",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    ccpId: uuid("ccp_id")
      .notNull()
      .references(() => ccps.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.ccpId] })],
);

/** The last sequence number given per year and département: one row updated in place, so two creations never share a number. */
export const sessionNumeros = pgTable(
  "session_numeros",
  {
    annee: integer("annee").notNull(),
    departementCode: text("departement_code").notNull(),
    dernier: integer("dernier").notNull(),
  },
  (t) => [primaryKey({ columns: [t.annee, t.departementCode] })],
);

/**
 * A juror convened to a session. Removing one keeps the row (removed_at, reason): the jury's history stays.
 * A juror sits at most once per session among the rows still active.
 */
export const sessionJures = pgTable(
  "session_jures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    jureId: uuid("jure_id")
      .notNull()
      .references(() => jures.id),
    convoqueAt: timestamp("convoque_at", { withTimezone: true }).notNull().defaultNow(),
    convoquePar: uuid("convoque_par").references(() => users.id),
    /** When the convocation letter was last e-mailed; before sessions.planning_changed_at it must be sent again. */
    lettreEnvoyeeAt: timestamp("lettre_envoyee_at", { withTimezone: true }),
    /**
     * Set while a request is e-mailing this juror's letter (claimed in a short transaction, cleared when the
     * server answered): a concurrent "Envoyer les convocations" skips the juror. A claim older than ten
     * minutes is abandoned (process stopped mid-send) and may be taken over.
     */
    envoiEnCoursAt: timestamp("envoi_en_cours_at", { withTimezone: true }),
    retireAt: timestamp("retire_at", { withTimezone: true }),
    retirePar: uuid("retire_par").references(() => users.id),
    motifRetrait: text("motif_retrait"),
  },
  (t) => [
    uniqueIndex("session_jures_actif_unique").on(t.sessionId, t.jureId).where(sql`${t.retireAt} is null`),
    index("session_jures_jure_idx").on(t.jureId).where(sql`${t.retireAt} is null`),
    check("session_jures_retrait_motif", sql`${t.retireAt} is null or ${t.motifRetrait} is not null`),
  ],
);

export type Session = typeof sessions.$inferSelect;
export type SessionStatut = (typeof sessionStatuts)[number];
export type SessionType = (typeof sessionTypes)[number];
export type SessionJure = typeof sessionJures.$inferSelect;
