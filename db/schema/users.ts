import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, check } from "drizzle-orm/pg-core";
import { centres } from "./centres";
import { departements, regions } from "./territoires";

export const userRoles = ["national", "regional", "centre"] as const;
export const userRole = pgEnum("user_role", userRoles);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    prenom: text("prenom").notNull(),
    nom: text("nom").notNull(),
    role: userRole("role").notNull(),
    regionCode: text("region_code").references(() => regions.code),
    departementCode: text("departement_code").references(() => departements.code),
    centreId: uuid("centre_id").references(() => centres.id),
    passwordHash: text("password_hash"),
    oidcSubject: text("oidc_subject"),
    active: boolean("active").notNull().default(true),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    // Auth sessions opened before this instant are refused: moved on a password, role, scope or activation change.
    authSessionsValidFrom: timestamp("auth_sessions_valid_from", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // L'adresse est comparée sans casse : « Jean.Dupont@… » et « jean.dupont@… » sont le même compte.
    uniqueIndex("users_email_unique").on(sql`lower(${t.email})`),
    uniqueIndex("users_oidc_subject_unique").on(t.oidcSubject),
    index("users_nom_idx").on(t.nom, t.prenom),
    // Le périmètre est porté par la ligne elle-même : un rôle sans son rattachement est impossible.
    check(
      "users_scope_check",
      sql`(${t.role} = 'national' and ${t.regionCode} is null and ${t.departementCode} is null and ${t.centreId} is null)
       or (${t.role} = 'regional' and ${t.regionCode} is not null and ${t.centreId} is null)
       or (${t.role} = 'centre' and ${t.centreId} is not null and ${t.regionCode} is null and ${t.departementCode} is null)`,
    ),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type UserRole = (typeof userRoles)[number];
