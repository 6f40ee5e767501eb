import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { auditEvents, signInFailures } from "@/db/schema";
import { checkCredentials, MAX_PASSWORD_LENGTH } from "@/lib/auth/check-credentials";
import { createSignInLimiters, type SignInLimiters } from "@/lib/auth/sign-in-rate-limit";
import { createUserRow, reloadUser, TEST_PASSWORD } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 9, 0) + minutes * 60_000);
const BUREAU = "198.51.100.20";
const PIRATE = "203.0.113.66";

// On PostgreSQL the limits live in the database (RateLimiterDrizzle), as in production; in memory on PGlite.
let limiters: SignInLimiters;
beforeEach(() => {
  limiters = createSignInLimiters(t.driver === "postgres" ? t.db : null);
});

function attempt(email: string, password: string, ip: string, now: Date) {
  return checkCredentials({ email, password, ip }, { now, db: t.db, limiters });
}

async function auditActions(userId: string) {
  const rows = await t.db.select({ action: auditEvents.action, actorId: auditEvents.actorId, after: auditEvents.after, reason: auditEvents.reason }).from(auditEvents).where(eq(auditEvents.entityId, userId)).orderBy(auditEvents.id);
  return rows;
}

describe("connexion par mot de passe", () => {
  test("accepte le bon mot de passe, quelle que soit la casse de l'adresse, et l'inscrit au journal", async () => {
    const user = await createUserRow(t.db, { email: "Agent.Nguyen@travail.gouv.fr", prenom: "Thị", nom: "NGUYỄN" });
    expect(await attempt("agent.nguyen@TRAVAIL.gouv.fr", TEST_PASSWORD, BUREAU, at(0))).toEqual({ ok: true, userId: user.id });
    expect((await reloadUser(t.db, user.id)).lastLoginAt).toEqual(at(0));
    expect(await auditActions(user.id)).toEqual([
      { action: "connexion.reussie", actorId: user.id, after: { methode: "mot de passe", ip: BUREAU }, reason: null },
    ]);
  });

  test("refuse une adresse inconnue comme un mauvais mot de passe", async () => {
    expect(await attempt("personne@nulle-part.fr", TEST_PASSWORD, BUREAU, at(0))).toEqual({ ok: false, reason: "invalid" });
  });

  test("un échec est inscrit au journal sans auteur, avec l'adresse du client", async () => {
    const user = await createUserRow(t.db);
    expect(await attempt(user.email, "faux", PIRATE, at(0))).toEqual({ ok: false, reason: "invalid" });
    expect(await auditActions(user.id)).toEqual([{ action: "connexion.echec", actorId: null, after: { ip: PIRATE }, reason: "mot de passe erroné" }]);
  });

  test("5 échecs depuis une adresse bloquent ce compte pour cette adresse seulement, avec la réponse d'un mauvais mot de passe", async () => {
    const user = await createUserRow(t.db, { email: "soren.orsted@travail.gouv.fr", prenom: "Søren", nom: "ØRSTED" });
    for (let i = 0; i < 5; i++) expect(await attempt(user.email, `faux-${i}`, PIRATE, at(i))).toEqual({ ok: false, reason: "invalid" });
    // Le bon mot de passe depuis l'adresse bloquée : même réponse qu'une erreur, aucun indice de verrou.
    expect(await attempt(user.email, TEST_PASSWORD, PIRATE, at(5))).toEqual({ ok: false, reason: "invalid" });
    // Le titulaire, depuis son bureau, se connecte.
    expect(await attempt(user.email, TEST_PASSWORD, BUREAU, at(6))).toEqual({ ok: true, userId: user.id });
    // 15 minutes après le 5e échec, l'adresse bloquée peut de nouveau essayer.
    expect(await attempt(user.email, TEST_PASSWORD, PIRATE, at(19))).toEqual({ ok: true, userId: user.id });
    const events = await auditActions(user.id);
    expect(events[4]).toMatchObject({ action: "connexion.echec", after: { ip: PIRATE, verrouilleJusquA: at(19).toISOString() } });
    expect(events[5]).toMatchObject({ action: "connexion.echec", reason: "verrouillé pour cette adresse" });
  });

  test("des échecs simultanés comptent tous, en une instruction par échec", async () => {
    const user = await createUserRow(t.db);
    const results = await Promise.all(Array.from({ length: 7 }, () => attempt(user.email, "faux", PIRATE, at(0))));
    expect(results.every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    const [row] = await t.db.select().from(signInFailures).where(eq(signInFailures.userId, user.id));
    expect(row).toMatchObject({ ip: PIRATE, failedCount: 5, lockedUntil: at(15) });
  });

  test("un compte désactivé l'apprend seulement avec le bon mot de passe", async () => {
    const user = await createUserRow(t.db, { active: false });
    expect(await attempt(user.email, "faux", BUREAU, at(0))).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(user.email, TEST_PASSWORD, BUREAU, at(1))).toEqual({ ok: false, reason: "inactive" });
  });

  test("un compte sans mot de passe (ProConnect seulement) ne se connecte pas par mot de passe", async () => {
    const user = await createUserRow(t.db, { passwordHash: null });
    expect(await attempt(user.email, "", BUREAU, at(0))).toEqual({ ok: false, reason: "invalid" });
  });

  test("un mot de passe de plus de 256 caractères est refusé sans être haché ni compté", async () => {
    const user = await createUserRow(t.db);
    const started = performance.now();
    expect(await attempt(user.email, "é".repeat(MAX_PASSWORD_LENGTH + 1), PIRATE, at(0))).toEqual({ ok: false, reason: "invalid" });
    expect(performance.now() - started).toBeLessThan(20);
    expect(await auditActions(user.id)).toEqual([]);
  });
});

describe("limite des tentatives", () => {
  test("une adresse qui inonde est freinée avec le délai d'attente, et le titulaire se connecte d'ailleurs", async () => {
    const national = await createUserRow(t.db, { email: "dgefp.national@travail.gouv.fr" });
    const results = [];
    for (let i = 0; i < 22; i++) results.push(await attempt(national.email, `faux-${i}`, PIRATE, at(0)));
    expect(results.slice(0, 20).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[20]).toMatchObject({ ok: false, reason: "throttled", retryAfterSeconds: expect.any(Number) });
    const wait = (results[21] as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(200);
    expect(wait).toBeLessThanOrEqual(300);
    // Freinée, l'adresse ne consomme plus les tentatives du compte : son titulaire entre depuis son bureau.
    expect(await attempt(national.email, TEST_PASSWORD, BUREAU, at(1))).toEqual({ ok: true, userId: national.id });
  });

  test("un compte visé depuis de nombreuses adresses est freiné pour toutes", async () => {
    const user = await createUserRow(t.db);
    for (let i = 0; i < 40; i++) await attempt(user.email, "faux", `203.0.113.${i}`, at(0));
    expect(await attempt(user.email, TEST_PASSWORD, BUREAU, at(1))).toMatchObject({ ok: false, reason: "throttled" });
  });

  test("une connexion réussie rend ses points : les agents d'un même site se connectent sans fin", async () => {
    const users = await Promise.all(Array.from({ length: 25 }, () => createUserRow(t.db)));
    for (const user of users) expect((await attempt(user.email, TEST_PASSWORD, BUREAU, at(0))).ok).toBe(true);
  });
});
