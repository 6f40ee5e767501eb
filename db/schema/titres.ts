import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** Nomenclature des spécialités de formation (1994) : domaines, groupes (3 chiffres) et codes groupe + lettre. */
export const nsfCodes = pgTable("nsf_codes", {
  code: text("code").primaryKey(),
  libelle: text("libelle").notNull(),
  niveau: text("niveau").notNull(),
  parentCode: text("parent_code"),
});

export const titres = pgTable(
  "titres",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    intitule: text("intitule").notNull(),
    sigle: text("sigle"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("titres_code_format", sql`${t.code} ~ '^TP-[0-9]{5}$'`)],
);

/**
 * A version (millésime) of a title, revised by arrêté. Legacy data is incomplete: a version is known by its
 * millésime or by its date, and NSF, level or fin de vie may still be missing (the list flags them).
 */
export const titreVersions = pgTable(
  "titre_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    titreId: uuid("titre_id")
      .notNull()
      .references(() => titres.id, { onDelete: "cascade" }),
    millesime: text("millesime"),
    dateVersion: date("date_version"),
    niveau: integer("niveau"),
    rncp: text("rncp"),
    nsfCode: text("nsf_code").references(() => nsfCodes.code),
    finDeVie: date("fin_de_vie"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("titre_versions_titre_idx").on(t.titreId),
    uniqueIndex("titre_versions_millesime_unique").on(t.titreId, t.millesime).where(sql`${t.millesime} is not null`),
    uniqueIndex("titre_versions_date_unique").on(t.titreId, t.dateVersion).where(sql`${t.millesime} is null`),
    check("titre_versions_identifiee", sql`${t.millesime} is not null or ${t.dateVersion} is not null`),
    check("titre_versions_millesime_format", sql`${t.millesime} ~ '^[0-9]{2}$'`),
    check("titre_versions_niveau", sql`${t.niveau} between 3 and 7`),
    check("titre_versions_rncp_format", sql`${t.rncp} ~ '^RNCP[0-9]{1,6}$'`),
    check("titre_versions_fin_apres_version", sql`${t.finDeVie} > ${t.dateVersion}`),
  ],
);

/** Certificat de compétences professionnelles: one block of a title version, in its order. */
export const ccps = pgTable(
  "ccps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    titreVersionId: uuid("titre_version_id")
      .notNull()
      .references(() => titreVersions.id, { onDelete: "cascade" }),
    numero: integer("numero").notNull(),
    libelle: text("libelle").notNull(),
  },
  (t) => [uniqueIndex("ccps_version_numero_unique").on(t.titreVersionId, t.numero), check("ccps_numero_positif", sql`${t.numero} > 0`)],
);

export type Titre = typeof titres.$inferSelect;
export type TitreVersion = typeof titreVersions.$inferSelect;
export type Ccp = typeof ccps.$inferSelect;
