import { pgTable, text, timestamp, uuid, index } from "drizzle-orm/pg-core";
import { departements, regions } from "./territoires";

/**
 * Centres de formation / d'examen. Socle minimal : le ticket « centres et agréments » y ajoute
 * le type de centre daté, les réseaux, le représentant et les sites.
 */
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("centres_region_idx").on(t.regionCode), index("centres_departement_idx").on(t.departementCode)],
);

export type Centre = typeof centres.$inferSelect;
