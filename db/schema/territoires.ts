import { integer, pgTable, text } from "drizzle-orm/pg-core";

/** Régions INSEE (code à 2 chiffres). Alimentées par le seed depuis le COG. */
export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  nom: text("nom").notNull(),
});

/** Départements INSEE (01…95, 2A, 2B, 971…976). */
export const departements = pgTable("departements", {
  code: text("code").primaryKey(),
  nom: text("nom").notNull(),
  regionCode: text("region_code")
    .notNull()
    .references(() => regions.code),
  /** Commune of the unité départementale: the place of issue printed on parchemins (chef-lieu by default). */
  udCommuneCode: text("ud_commune_code"),
  udCommuneNom: text("ud_commune_nom"),
  version: integer("version").notNull().default(1),
});

export type Region = typeof regions.$inferSelect;
export type Departement = typeof departements.$inferSelect;
