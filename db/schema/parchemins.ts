import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { inscriptions } from "./candidats";
import { departements } from "./territoires";
import { users } from "./users";

export const parcheminStatuts = ["valide", "annule"] as const;
export const parcheminStatut = pgEnum("parchemin_statut", parcheminStatuts);
/** Why a parchemin was printed: the first print, or a reprint (duplicata on request, or after a loss). */
export const impressionMotifs = ["original", "duplicata", "perte"] as const;
export const impressionMotif = pgEnum("parchemin_impression_motif", impressionMotifs);

/**
 * The certificate of a title (DOMAIN R7), created in the validating transaction for each inscription whose
 * decision is `titre_obtenu`. What the State prints about the title and the place of issue is snapshotted at
 * issue (a later référentiel change does not alter a delivered title); the holder's identity is read from the
 * candidate record through the inscription. `numero` is given once and never reused; it is null only for a
 * parchemin issued before numbering existed, which gets its number on its first reprint.
 */
export const parchemins = pgTable(
  "parchemins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inscriptionId: uuid("inscription_id")
      .notNull()
      .references(() => inscriptions.id),
    /** 11 Crockford base-32 characters, stored without separators (lib/parchemins/numero.ts). */
    numero: text("numero").unique(),
    /** Date of issue: the day of the validation (Europe/Paris). */
    delivreLe: date("delivre_le").notNull(),
    /** The validating UD: its département and commune at issue (the place of issue printed). */
    departementCode: text("departement_code")
      .notNull()
      .references(() => departements.code),
    lieuDelivranceCode: text("lieu_delivrance_code").notNull(),
    lieuDelivranceNom: text("lieu_delivrance_nom").notNull(),
    titreCode: text("titre_code").notNull(),
    titreIntitule: text("titre_intitule").notNull(),
    niveau: integer("niveau"),
    nsfCode: text("nsf_code").notNull(),
    rncp: text("rncp"),
    statut: parcheminStatut("statut").notNull().default("valide"),
    annuleAt: timestamp("annule_at", { withTimezone: true }),
    annulePar: uuid("annule_par").references(() => users.id),
    motifAnnulation: text("motif_annulation"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One live parchemin per inscription; an annulled one stays (its number is never reused).
    uniqueIndex("parchemins_inscription_valide_unique").on(t.inscriptionId).where(sql`${t.statut} = 'valide'`),
    index("parchemins_inscription_idx").on(t.inscriptionId),
    index("parchemins_delivre_idx").on(t.delivreLe),
    check("parchemins_numero_format", sql`${t.numero} ~ '^[0-9A-HJKMNP-TV-Z]{11}$'`),
    check("parchemins_annulation", sql`(${t.statut} = 'valide') = (${t.annuleAt} is null) and (${t.statut} = 'valide' or ${t.motifAnnulation} is not null)`),
  ],
);

/** Every print of a parchemin: who, when, why. A duplicata (or a reprint after a loss) prints "Duplicata". */
export const parcheminImpressions = pgTable(
  "parchemin_impressions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parcheminId: uuid("parchemin_id")
      .notNull()
      .references(() => parchemins.id),
    motif: impressionMotif("motif").notNull(),
    commentaire: text("commentaire"),
    imprimePar: uuid("imprime_par").references(() => users.id),
    imprimeAt: timestamp("imprime_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("parchemin_impressions_parchemin_idx").on(t.parcheminId, t.imprimeAt)],
);

/**
 * A download link sent to a candidate: only the SHA-256 of its token is kept; it expires, can be revoked,
 * and each use is logged (parchemin_lien_usages).
 */
export const parcheminLiens = pgTable(
  "parchemin_liens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parcheminId: uuid("parchemin_id")
      .notNull()
      .references(() => parchemins.id),
    tokenHash: text("token_hash").notNull().unique(),
    destinataire: text("destinataire"),
    expireAt: timestamp("expire_at", { withTimezone: true }).notNull(),
    revoqueAt: timestamp("revoque_at", { withTimezone: true }),
    revoquePar: uuid("revoque_par").references(() => users.id),
    creePar: uuid("cree_par").references(() => users.id),
    creeAt: timestamp("cree_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("parchemin_liens_parchemin_idx").on(t.parcheminId)],
);

export const parcheminLienUsages = pgTable(
  "parchemin_lien_usages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    lienId: uuid("lien_id")
      .notNull()
      .references(() => parcheminLiens.id),
    utiliseAt: timestamp("utilise_at", { withTimezone: true }).notNull().defaultNow(),
    adresseIp: text("adresse_ip"),
  },
  (t) => [index("parchemin_lien_usages_lien_idx").on(t.lienId, t.utiliseAt)],
);

export type Parchemin = typeof parchemins.$inferSelect;
export type ParcheminStatut = (typeof parcheminStatuts)[number];
export type ImpressionMotif = (typeof impressionMotifs)[number];
