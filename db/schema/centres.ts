import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { departements, regions } from "./territoires";
import { reseauxCentre, typesCentre } from "../../lib/centres/constants";
import { titreVersions } from "./titres";

export { reseauxCentre, typesCentre };

/** Training and exam organisations, identified by their SIRET. */
export const centres = pgTable(
  "centres",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siret: text("siret").notNull().unique(),
    raisonSociale: text("raison_sociale").notNull(),
    adresse: text("adresse").notNull(),
    codePostal: text("code_postal").notNull(),
    communeCode: text("commune_code").notNull(),
    communeNom: text("commune_nom").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    departementCode: text("departement_code")
      .notNull()
      .references(() => departements.code),
    /** Current type (null: not recorded, shown "-"); its dated history is in centre_types. */
    typeCentre: text("type_centre"),
    reseaux: text("reseaux").array().notNull().default(sql`'{}'::text[]`),
    representantCivilite: text("representant_civilite"),
    representantNom: text("representant_nom"),
    representantPrenom: text("representant_prenom"),
    representantFonction: text("representant_fonction"),
    representantEmail: text("representant_email"),
    representantTelephone: text("representant_telephone"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("centres_region_idx").on(t.regionCode),
    index("centres_departement_idx").on(t.departementCode),
    index("centres_type_idx").on(t.typeCentre),
    index("centres_reseaux_idx").using("gin", t.reseaux),
    index("centres_raison_sociale_trgm_idx").using("gin", sql`immutable_unaccent(lower(${t.raisonSociale})) gin_trgm_ops`),
  ],
);

/**
 * The type of a centre over time: DOMAIN R1 gives CFA/CRP centres a 24-month prolongation only if the type
 * held on the session date, as recorded before the session was created. Never rewritten, only appended.
 */
export const centreTypes = pgTable(
  "centre_types",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    typeCentre: text("type_centre"),
    validFrom: date("valid_from").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text("recorded_by"),
  },
  (t) => [index("centre_types_centre_idx").on(t.centreId, t.validFrom)],
);

/** An exam location of a centre, where its plateau technique is. */
export const sites = pgTable(
  "sites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    libelle: text("libelle").notNull(),
    adresse: text("adresse").notNull(),
    codePostal: text("code_postal").notNull(),
    communeCode: text("commune_code").notNull(),
    communeNom: text("commune_nom").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sites_centre_idx").on(t.centreId)],
);

export const agrementStatuts = ["en_instruction", "acceptee", "refusee", "retiree"] as const;
export const agrementStatut = pgEnum("agrement_statut", agrementStatuts);
export const agrementSources = ["ceres", "valce"] as const;
export const agrementSource = pgEnum("agrement_source", agrementSources);

/** Decision of the préfet de région letting a centre organise sessions for one title version on one site. */
export const agrements = pgTable(
  "agrements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    titreVersionId: uuid("titre_version_id")
      .notNull()
      .references(() => titreVersions.id),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    statut: agrementStatut("statut").notNull().default("en_instruction"),
    dateDecision: date("date_decision"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    motif: text("motif"),
    source: agrementSource("source").notNull().default("ceres"),
    legacyRef: text("legacy_ref"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agrements_centre_idx").on(t.centreId, t.statut),
    index("agrements_version_idx").on(t.titreVersionId, t.statut, t.validFrom, t.validTo),
    index("agrements_site_idx").on(t.siteId),
    uniqueIndex("agrements_legacy_ref_unique").on(t.legacyRef),
  ],
);

export type Centre = typeof centres.$inferSelect;
export type Site = typeof sites.$inferSelect;
export type Agrement = typeof agrements.$inferSelect;
export type AgrementStatut = (typeof agrementStatuts)[number];
export type TypeCentre = (typeof typesCentre)[number];
