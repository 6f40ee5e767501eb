import { sql, type SQL } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { centres } from "./centres";
import { pays } from "./communes";
import { sessions } from "./sessions";
import { departements, regions } from "./territoires";
import { users } from "./users";

/**
 * One record per person for the whole journey (DOMAIN R5). Birth place as of the birth date (R6): an INSEE
 * code and the name it had then, or a country and a city abroad. A merged record stays as a tombstone
 * pointing to its survivor (`merged_into_id`); it is never deleted, so that its URL and the undo still work.
 */
export const candidats = pgTable(
  "candidats",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    civilite: text("civilite").notNull(),
    nomNaissance: text("nom_naissance").notNull(),
    nomUsage: text("nom_usage"),
    /** Every given name, in civil-status order, separated by spaces or commas as typed. */
    prenoms: text("prenoms").notNull(),
    dateNaissance: date("date_naissance").notNull(),
    naissanceCommuneCode: text("naissance_commune_code"),
    naissanceCommuneNom: text("naissance_commune_nom"),
    naissancePaysCode: text("naissance_pays_code").references(() => pays.code),
    naissanceVille: text("naissance_ville"),
    adresse: text("adresse"),
    codePostal: text("code_postal"),
    residenceCommuneCode: text("residence_commune_code"),
    residenceCommuneNom: text("residence_commune_nom"),
    residenceDepartementCode: text("residence_departement_code").references(() => departements.code),
    residenceRegionCode: text("residence_region_code").references(() => regions.code),
    email: text("email"),
    telephone: text("telephone"),
    /** normalizeName() forms the identity is matched on (accents, case, hyphens, apostrophes, spaces, "St"). */
    nomNaissanceNormalise: text("nom_naissance_normalise").notNull(),
    nomUsageNormalise: text("nom_usage_normalise"),
    premierPrenomNormalise: text("premier_prenom_normalise").notNull(),
    prenomsNormalises: text("prenoms_normalises").notNull(),
    /** The birth place as one comparable key: "c:30189" for a commune, "p:99xxx|normalised city" abroad. */
    lieuNaissanceCle: text("lieu_naissance_cle").notNull(),
    /** French phonetic key of the birth name, for blocking the duplicate scan. */
    nomPhonetique: text("nom_phonetique").notNull(),
    /** The centre whose user created the record (a centre sees the candidates it created, R9). */
    createdByCentreId: uuid("created_by_centre_id").references(() => centres.id),
    createdBy: uuid("created_by").references(() => users.id),
    /** Set when the record was merged into another: the tombstone's URL leads to the survivor. */
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => candidats.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // R5 exact match: the same normalised birth name, first given name, birth date and birth place is one
    // person — never two live records, even when two centres create them at the same instant.
    uniqueIndex("candidats_identite_unique")
      .on(t.nomNaissanceNormalise, t.premierPrenomNormalise, t.dateNaissance, t.lieuNaissanceCle)
      .where(sql`${t.mergedIntoId} is null`),
    index("candidats_naissance_idx").on(t.dateNaissance),
    index("candidats_phonetique_idx").on(t.nomPhonetique, t.dateNaissance),
    index("candidats_nom_trgm_idx").using("gin", sql`${t.nomNaissanceNormalise} gin_trgm_ops`),
    index("candidats_merged_idx").on(t.mergedIntoId),
    index("candidats_centre_idx").on(t.createdByCentreId),
    check("candidats_civilite", sql`${t.civilite} in ('Madame', 'Monsieur')`),
    check(
      "candidats_lieu_naissance",
      sql`(${t.naissanceCommuneCode} is not null and ${t.naissanceCommuneNom} is not null and ${t.naissancePaysCode} is null and ${t.naissanceVille} is null)
       or (${t.naissanceCommuneCode} is null and ${t.naissanceCommuneNom} is null and ${t.naissancePaysCode} is not null and ${t.naissanceVille} is not null)`,
    ),
    check("candidats_pas_fusionne_avec_soi", sql`${t.mergedIntoId} is null or ${t.mergedIntoId} <> ${t.id}`),
  ],
);

export const parcoursTypes = ["formation_continue", "vae", "apprentissage", "capitalisation"] as const;
export const parcours = pgEnum("inscription_parcours", parcoursTypes);

/** A candidate's place in a session, with its route (parcours). One per session and candidate. */
export const inscriptions = pgTable(
  "inscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    candidatId: uuid("candidat_id")
      .notNull()
      .references(() => candidats.id),
    parcours: parcours("parcours").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("inscriptions_session_candidat_unique").on(t.sessionId, t.candidatId), index("inscriptions_candidat_idx").on(t.candidatId)],
);

export const doublonStatuts = ["a_examiner", "ecarte", "fusionne"] as const;
export const doublonStatut = pgEnum("candidat_doublon_statut", doublonStatuts);

/**
 * Pairs of records the duplicate scan found (candidat_a_id < candidat_b_id). A pair dismissed as "pas un
 * doublon" (ecarte) keeps its row, so that a later scan never proposes it again.
 */
export const candidatDoublons = pgTable(
  "candidat_doublons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    candidatAId: uuid("candidat_a_id")
      .notNull()
      .references(() => candidats.id),
    candidatBId: uuid("candidat_b_id")
      .notNull()
      .references(() => candidats.id),
    score: real("score").notNull(),
    /** Why the pair was proposed: codes of the scoring rules that matched (same birth date, swapped day/month, …). */
    raisons: text("raisons").array().notNull(),
    statut: doublonStatut("statut").notNull().default("a_examiner"),
    detecteAt: timestamp("detecte_at", { withTimezone: true }).notNull().defaultNow(),
    decideAt: timestamp("decide_at", { withTimezone: true }),
    decidePar: uuid("decide_par").references(() => users.id),
  },
  (t) => [
    uniqueIndex("candidat_doublons_paire_unique").on(t.candidatAId, t.candidatBId),
    index("candidat_doublons_score_idx").on(t.statut, t.score),
    index("candidat_doublons_b_idx").on(t.candidatBId),
    check("candidat_doublons_ordre", sql`${t.candidatAId} < ${t.candidatBId}`),
  ],
);

export const scanStatuts = ["en_attente", "en_cours", "termine", "echec"] as const;
export const scanStatut = pgEnum("doublon_scan_statut", scanStatuts);

/** One run of the duplicate scan: what the progress indicator reads. */
export const doublonScans = pgTable("doublon_scans", {
  id: uuid("id").primaryKey().defaultRandom(),
  statut: scanStatut("statut").notNull().default("en_attente"),
  /** Blocks done / blocks to do. */
  avancement: integer("avancement").notNull().default(0),
  total: integer("total").notNull().default(0),
  pairesTrouvees: integer("paires_trouvees").notNull().default(0),
  message: text("message"),
  lancePar: uuid("lance_par").references(() => users.id),
  lanceAt: timestamp("lance_at", { withTimezone: true }).notNull().defaultNow(),
  termineAt: timestamp("termine_at", { withTimezone: true }),
});

/**
 * A merge: the survivor keeps every inscription, result and parchemin; `snapshot` holds both records and
 * every row that moved as they were, so that an undo restores them exactly (refused if something changed).
 */
export const candidatFusions = pgTable(
  "candidat_fusions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    survivantId: uuid("survivant_id")
      .notNull()
      .references(() => candidats.id),
    fusionneId: uuid("fusionne_id")
      .notNull()
      .references(() => candidats.id),
    doublonId: uuid("doublon_id").references(() => candidatDoublons.id),
    /** The field values chosen for the survivor, by field name. */
    choix: jsonb("choix").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    fusionnePar: uuid("fusionne_par").references(() => users.id),
    fusionneAt: timestamp("fusionne_at", { withTimezone: true }).notNull().defaultNow(),
    annuleePar: uuid("annulee_par").references(() => users.id),
    annuleeAt: timestamp("annulee_at", { withTimezone: true }),
  },
  (t) => [index("candidat_fusions_survivant_idx").on(t.survivantId), index("candidat_fusions_fusionne_idx").on(t.fusionneId)],
);

export type Candidat = typeof candidats.$inferSelect;
export type Inscription = typeof inscriptions.$inferSelect;
export type Parcours = (typeof parcoursTypes)[number];
export type CandidatDoublon = typeof candidatDoublons.$inferSelect;

/** A live record (not a tombstone). */
export const candidatVivant: SQL = sql`${candidats.mergedIntoId} is null`;
