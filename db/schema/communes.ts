import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";

export const communeKinds = ["commune", "deleguee", "associee", "arrondissement"] as const;
export const communeKind = pgEnum("commune_kind", communeKinds);

/**
 * Every INSEE code as it was over time: current communes (valid_to null) and communes that no longer exist,
 * each valid over [valid_from, valid_to). A birth place is looked up as of the birth date (DOMAIN R6).
 */
export const communes = pgTable(
  "communes",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    nom: text("nom").notNull(),
    kind: communeKind("kind").notNull(),
    departementCode: text("departement_code").notNull(),
    regionCode: text("region_code"),
    /** For a commune déléguée / associée or an arrondissement: the commune it belongs to. */
    parentCode: text("parent_code"),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    /** "annee" when only the year of the end is known (valid_to is then 1 January of the next year). */
    endPrecision: text("end_precision"),
    endReason: text("end_reason"),
    successorCode: text("successor_code"),
    postalCodes: text("postal_codes").array().notNull().default(sql`'{}'::text[]`),
    population: integer("population"),
    /** Lower case, no accents, hyphens and apostrophes as spaces, "st"/"ste" spelt out: what the search compares. */
    searchName: text("search_name").notNull(),
  },
  (t) => [
    index("communes_code_idx").on(t.code),
    uniqueIndex("communes_identite_unique").on(t.code, t.kind, t.validFrom),
    index("communes_search_trgm_idx").using("gin", sql`${t.searchName} gin_trgm_ops`),
    index("communes_search_prefix_idx").using("btree", sql`${t.searchName} text_pattern_ops`),
    index("communes_postal_idx").using("gin", t.postalCodes),
  ],
);

/** Countries, for births abroad (a country and a city typed as text). */
export const pays = pgTable("pays", {
  code: text("code").primaryKey(),
  nom: text("nom").notNull(),
  searchName: text("search_name").notNull(),
});

export type Commune = typeof communes.$inferSelect;
export type CommuneKind = (typeof communeKinds)[number];
