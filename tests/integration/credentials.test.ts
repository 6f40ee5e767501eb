import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { users } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { checkCredentials, findUserForOidcLogin } from "@/lib/auth/check-credentials";
import { createUserRow, reloadUser, TEST_PASSWORD } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 9, 0) + minutes * 60_000);

describe("connexion par mot de passe", () => {
  test("accepte le bon mot de passe, quelle que soit la casse de l'adresse", async () => {
    const user = await createUserRow(t.db, { email: "Agent.Test@travail.gouv.fr" });
    expect(await checkCredentials("agent.test@TRAVAIL.gouv.fr", TEST_PASSWORD, at(0), t.db)).toEqual({ ok: true, userId: user.id });
    expect((await reloadUser(t.db, user.id)).lastLoginAt).toEqual(at(0));
  });

  test("refuse une adresse inconnue comme un mauvais mot de passe", async () => {
    expect(await checkCredentials("personne@nulle-part.fr", TEST_PASSWORD, at(0), t.db)).toEqual({ ok: false, reason: "invalid" });
  });

  test("verrouille après 5 échecs en 15 minutes, même avec le bon mot de passe ensuite, puis rouvre après 15 minutes", async () => {
    const user = await createUserRow(t.db);
    for (let i = 0; i < 4; i++) expect((await checkCredentials(user.email, "faux", at(i), t.db)).ok).toBe(false);
    expect(await checkCredentials(user.email, "faux", at(4), t.db)).toEqual({ ok: false, reason: "locked", minutes: 15 });
    expect(await checkCredentials(user.email, TEST_PASSWORD, at(10), t.db)).toEqual({ ok: false, reason: "locked", minutes: 9 });
    expect(await checkCredentials(user.email, TEST_PASSWORD, at(19), t.db)).toEqual({ ok: true, userId: user.id });
    const [event] = await listAuditEventsOfEntity("user", user.id, t.db);
    expect(event).toMatchObject({ action: "utilisateur.verrouille", actorLabel: "Verrouillage automatique" });
  });

  test("des échecs simultanés comptent tous", async () => {
    const user = await createUserRow(t.db);
    const results = await Promise.all(Array.from({ length: 5 }, () => checkCredentials(user.email, "faux", at(0), t.db)));
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(1);
    expect((await reloadUser(t.db, user.id)).lockedUntil).toEqual(at(15));
  });

  test("un compte désactivé l'apprend seulement avec le bon mot de passe", async () => {
    const user = await createUserRow(t.db, { active: false });
    expect(await checkCredentials(user.email, "faux", at(0), t.db)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(user.email, TEST_PASSWORD, at(1), t.db)).toEqual({ ok: false, reason: "inactive" });
  });

  test("un compte sans mot de passe (ProConnect seulement) ne se connecte pas par mot de passe", async () => {
    const user = await createUserRow(t.db, { passwordHash: null });
    expect(await checkCredentials(user.email, "", at(0), t.db)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("connexion OpenID Connect", () => {
  test("associe l'identité au compte actif de même adresse et retient son identifiant", async () => {
    const user = await createUserRow(t.db, { email: "agent.oidc@travail.gouv.fr", passwordHash: null });
    expect(await findUserForOidcLogin("AGENT.OIDC@travail.gouv.fr", "sub-123", at(0), t.db)).toEqual({ ok: true, userId: user.id });
    expect((await reloadUser(t.db, user.id)).oidcSubject).toBe("sub-123");
  });

  test("refuse une adresse inconnue (pas d'inscription libre) et un compte désactivé", async () => {
    const user = await createUserRow(t.db, { email: "parti@travail.gouv.fr" });
    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await findUserForOidcLogin("inconnu@travail.gouv.fr", "s1", at(0), t.db)).toEqual({ ok: false, reason: "unknown" });
    expect(await findUserForOidcLogin(null, "s1", at(0), t.db)).toEqual({ ok: false, reason: "unknown" });
    expect(await findUserForOidcLogin("parti@travail.gouv.fr", "s2", at(0), t.db)).toEqual({ ok: false, reason: "inactive" });
  });
});
