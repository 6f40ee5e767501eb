import { sql } from "drizzle-orm";
import { check, customType, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { inscriptions } from "./candidats";
import { sessions } from "./sessions";
import { ccps } from "./titres";
import { users } from "./users";

/** Raw bytes (a PDF scan), read and written as a Node Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const presencesCandidat = ["present", "absent"] as const;
export const presenceCandidat = pgEnum("presence_candidat", presencesCandidat);
/** What the jury decided for one CCP of one candidate (DOMAIN R10). */
export const issuesCcp = ["acquis", "non_acquis", "non_presente"] as const;
export const issueCcp = pgEnum("issue_ccp", issuesCcp);
/** The candidate's decision for the session (DOMAIN R10). */
export const decisionsResultat = ["titre_obtenu", "partiel", "ajourne", "absent"] as const;
export const decisionResultat = pgEnum("decision_resultat", decisionsResultat);

/**
 * The result of one inscription: presence (recorded before results), then the decision. One row per
 * inscription, created at the first entry; `version` is the optimistic lock of the results row on screen.
 * Once the session is validated the row is locked: a change is a rectification (table `rectifications`).
 */
export const resultats = pgTable(
  "resultats",
  {
    inscriptionId: uuid("inscription_id")
      .primaryKey()
      .references(() => inscriptions.id, { onDelete: "cascade" }),
    presence: presenceCandidat("presence"),
    decision: decisionResultat("decision"),
    saisiPar: uuid("saisi_par").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("resultats_absent_coherent", sql`${t.presence} is distinct from 'absent' or ${t.decision} is null or ${t.decision} = 'absent'`)],
);

/** The outcome of each CCP for one inscription (a session CCP only has rows for the CCPs it assesses). */
export const resultatCcps = pgTable(
  "resultat_ccps",
  {
    inscriptionId: uuid("inscription_id")
      .notNull()
      .references(() => resultats.inscriptionId, { onDelete: "cascade" }),
    ccpId: uuid("ccp_id")
      .notNull()
      .references(() => ccps.id),
    issue: issueCcp("issue").notNull(),
  },
  (t) => [primaryKey({ columns: [t.inscriptionId, t.ccpId] }), index("resultat_ccps_ccp_idx").on(t.ccpId)],
);

/**
 * A correction of a validated result by a regional agent: what it was, what it became, why. Nothing is
 * overwritten without one of these rows; the candidate's journey lists them.
 */
export const rectifications = pgTable(
  "rectifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inscriptionId: uuid("inscription_id")
      .notNull()
      .references(() => inscriptions.id),
    motif: text("motif").notNull(),
    /** { decision, ccps: { [ccpId]: issue } } before and after. */
    avant: jsonb("avant").notNull(),
    apres: jsonb("apres").notNull(),
    rectifiePar: uuid("rectifie_par").references(() => users.id),
    rectifieAt: timestamp("rectifie_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rectifications_inscription_idx").on(t.inscriptionId), check("rectifications_motif", sql`length(trim(${t.motif})) > 0`)],
);

/** The signed PV scan a centre may attach when it transmits the session (one per session, replaced on a new transmission). */
export const sessionPvs = pgTable("session_pvs", {
  sessionId: uuid("session_id")
    .primaryKey()
    .references(() => sessions.id, { onDelete: "cascade" }),
  nomFichier: text("nom_fichier").notNull(),
  taille: integer("taille").notNull(),
  contenu: bytea("contenu").notNull(),
  deposePar: uuid("depose_par").references(() => users.id),
  deposeAt: timestamp("depose_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A livret de certification: given at a validation where the candidate acquired a CCP without the title.
 * The document lists every CCP the candidate acquired for the version up to that validation (it accumulates).
 */
export const livrets = pgTable(
  "livrets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inscriptionId: uuid("inscription_id")
      .notNull()
      .unique()
      .references(() => inscriptions.id),
    /** Date of the validation (Europe/Paris calendar day). */
    delivreLe: date("delivre_le").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("livrets_delivre_idx").on(t.delivreLe)],
);

export type Resultat = typeof resultats.$inferSelect;
export type PresenceCandidat = (typeof presencesCandidat)[number];
export type IssueCcp = (typeof issuesCcp)[number];
export type DecisionResultat = (typeof decisionsResultat)[number];
export type Rectification = typeof rectifications.$inferSelect;
export type Livret = typeof livrets.$inferSelect;
