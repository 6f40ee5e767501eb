import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, signInFailures, users } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { parseListParams } from "@/lib/table/list-params";
import { createUser } from "@/lib/users/create-user";
import { getUserForUser, iterateUsersForExport, listUserHistoryForUser, listUsersForUser, userListSpec } from "@/lib/users/queries";
import { createUserSchema } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";
import { updateUser } from "@/lib/users/update-user";
import { createScopeCast, reloadUser, userEditInput } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const params = (query: Record<string, string> = {}) => parseListParams(query, userListSpec);
const newUser = (input: Record<string, unknown>) => createUserSchema.parse({ prenom: "Jean", nom: "Durand", ...input });

describe("liste des utilisateurs, par périmètre", () => {
  test("un utilisateur national voit tous les comptes", async () => {
    const cast = await createScopeCast(t.db);
    const { rows, total } = await listUsersForUser(cast.national, params(), t.db);
    expect(total).toBe(6);
    expect(rows).toHaveLength(6);
    expect(rows[0]).not.toHaveProperty("passwordHash");
  });

  test.each(["occitanie", "ud30", "centreUser"] as const)("%s ne voit aucun compte, ni la fiche d'un compte (introuvable)", async (who) => {
    const cast = await createScopeCast(t.db);
    const { rows, total } = await listUsersForUser(cast[who], params(), t.db);
    expect(total).toBe(0);
    expect(rows).toEqual([]);
    expect(await getUserForUser(cast[who], cast.national.id, t.db)).toBeNull();
    expect(await listUserHistoryForUser(cast[who], cast.national.id, t.db)).toBeNull();
  });

  test("filtre par nom sans tenir compte des accents ni de la casse, par rôle, par statut et par région", async () => {
    const cast = await createScopeCast(t.db);
    const byName = await listUsersForUser(cast.national, params({ q: "heraultais" }), t.db);
    expect(byName.rows.map((r) => r.nom)).toEqual(["HÉRAULTAIS"]);
    const byRole = await listUsersForUser(cast.national, params({ role: "regional" }), t.db);
    expect(byRole.total).toBe(4);
    const byRegion = await listUsersForUser(cast.national, params({ region: "84" }), t.db);
    expect(byRegion.rows.map((r) => r.nom)).toEqual(["LYONNAISE"]);
    await t.db.update(users).set({ active: false }).where(eq(users.id, cast.ud34.id));
    const inactive = await listUsersForUser(cast.national, params({ statut: "inactif" }), t.db);
    expect(inactive.rows.map((r) => r.id)).toEqual([cast.ud34.id]);
  });

  test("un filtre contenant % ou _ est cherché tel quel", async () => {
    const cast = await createScopeCast(t.db);
    expect((await listUsersForUser(cast.national, params({ q: "%" }), t.db)).total).toBe(0);
  });

  test("pagine et trie côté serveur", async () => {
    const cast = await createScopeCast(t.db);
    const page1 = await listUsersForUser(cast.national, { ...params({ tri: "email", ordre: "desc" }), pageSize: 4 }, t.db);
    const page2 = await listUsersForUser(cast.national, { ...params({ tri: "email", ordre: "desc", page: "2" }), pageSize: 4 }, t.db);
    expect(page1.total).toBe(6);
    expect(page1.rows).toHaveLength(4);
    expect(page2.rows).toHaveLength(2);
    const emails = [...page1.rows, ...page2.rows].map((r) => r.email);
    expect(emails).toEqual([...emails].sort().reverse());
  });

  test("l'export parcourt toute la liste filtrée, par lots", async () => {
    const cast = await createScopeCast(t.db);
    const seen: string[] = [];
    for await (const batch of iterateUsersForExport(cast.national, { role: "regional" }, 3, t.db)) seen.push(...batch.map((r) => r.id));
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const none: unknown[] = [];
    for await (const batch of iterateUsersForExport(cast.centreUser, {}, 3, t.db)) none.push(...batch);
    expect(none).toEqual([]);
  });
});

describe("création d'un utilisateur", () => {
  test("crée le compte et son événement d'audit dans la même transaction", async () => {
    const cast = await createScopeCast(t.db);
    const result = await createUser(cast.national, newUser({ email: "Nouvel.Agent@travail.gouv.fr", role: "regional", regionCode: "76", departementCode: "30" }), t.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await reloadUser(t.db, result.data.id);
    expect(row).toMatchObject({ role: "regional", regionCode: "76", departementCode: "30", nom: "DURAND", passwordHash: null });
    const events = await listAuditEventsOfEntity("user", result.data.id, t.db);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "utilisateur.cree", actorLabel: "Nadia NATIONALE", actorRole: "national" });
    expect(JSON.stringify(events[0]!.after)).not.toContain("argon2");
  });

  test("refuse une adresse déjà utilisée, quelle que soit la casse", async () => {
    const cast = await createScopeCast(t.db);
    const existing = await reloadUser(t.db, cast.ud30.id);
    const result = await createUser(cast.national, newUser({ email: existing.email.toUpperCase(), role: "national" }), t.db);
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: ["Un compte existe déjà avec cette adresse électronique."] } });
  });

  test("refuse un département hors de la région choisie, et un SIRET inconnu, sans rien écrire", async () => {
    const cast = await createScopeCast(t.db);
    const before = (await t.db.select().from(auditEvents)).length;
    const wrongDep = await createUser(cast.national, newUser({ email: "a@b.fr", role: "regional", regionCode: "84", departementCode: "30" }), t.db);
    expect(wrongDep).toMatchObject({ ok: false, fieldErrors: { departementCode: ["Ce département n'appartient pas à la région choisie."] } });
    const wrongSiret = await createUser(cast.national, newUser({ email: "c@d.fr", role: "centre", centreSiret: "12345678901234" }), t.db);
    expect(wrongSiret).toMatchObject({ ok: false, fieldErrors: { centreSiret: ["Aucun centre n'est enregistré avec ce SIRET."] } });
    expect((await t.db.select().from(users)).length).toBe(6);
    expect((await t.db.select().from(auditEvents)).length).toBe(before);
  });

  test("rattache un utilisateur de centre au centre de ce SIRET", async () => {
    const cast = await createScopeCast(t.db);
    const result = await createUser(cast.national, newUser({ email: "centre@b.fr", role: "centre", centreSiret: "530 600 766 00022", password: "un-mot-de-passe-long" }), t.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await reloadUser(t.db, result.data.id);
    expect(row.centreId).toBe(cast.centreGard.id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  test.each(["occitanie", "centreUser"] as const)("%s ne peut pas créer de compte", async (who) => {
    const cast = await createScopeCast(t.db);
    const result = await createUser(cast[who], newUser({ email: "x@y.fr", role: "national" }), t.db);
    expect(result.ok).toBe(false);
    expect((await t.db.select().from(users)).length).toBe(6);
  });
});

describe("modification, désactivation et accès concurrents", () => {
  test("enregistre seulement les champs modifiés dans l'historique", async () => {
    const cast = await createScopeCast(t.db);
    const result = await updateUser(cast.national, await userEditInput(t.db, cast.ud30.id, { departementCode: "34" }), t.db);
    expect(result.ok).toBe(true);
    const [event] = await listAuditEventsOfEntity("user", cast.ud30.id, t.db);
    expect(event).toMatchObject({ action: "utilisateur.modifie", before: { departementCode: "30" }, after: { departementCode: "34" } });
  });

  test("deux administrateurs modifient la même version : le second est refusé et ne perd rien en silence", async () => {
    const cast = await createScopeCast(t.db);
    const first = await userEditInput(t.db, cast.ud30.id, { prenom: "Première" });
    const second = { ...first, prenom: "Seconde" };
    const results = await Promise.all([updateUser(cast.national, first, t.db), updateUser(cast.national, second, t.db)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("modifié par quelqu'un d'autre") });
    const row = await reloadUser(t.db, cast.ud30.id);
    expect(row.version).toBe(2);
    expect((await listAuditEventsOfEntity("user", cast.ud30.id, t.db))).toHaveLength(1);
  });

  test("un administrateur ne peut ni changer son propre rôle ni se désactiver", async () => {
    const cast = await createScopeCast(t.db);
    const roleChange = await updateUser(cast.national, await userEditInput(t.db, cast.national.id, { role: "regional", regionCode: "76" }), t.db);
    expect(roleChange).toMatchObject({ ok: false, message: "Vous ne pouvez pas modifier votre propre rôle." });
    const self = await reloadUser(t.db, cast.national.id);
    const deactivate = await setUserActive(cast.national, { id: cast.national.id, active: false, version: self.version }, t.db);
    expect(deactivate).toMatchObject({ ok: false, message: "Vous ne pouvez pas désactiver votre propre compte." });
  });

  test("désactive avec un motif, puis réactive en levant le verrouillage", async () => {
    const cast = await createScopeCast(t.db);
    await t.db.insert(signInFailures).values({ userId: cast.ud30.id, ip: "203.0.113.7", failedCount: 5, firstFailedAt: new Date(), lockedUntil: new Date(Date.now() + 600_000) });
    expect((await getUserForUser(cast.national, cast.ud30.id, t.db))?.lockedUntil).toBeInstanceOf(Date);
    const off = await setUserActive(cast.national, { id: cast.ud30.id, active: false, version: 1, reason: "Départ de l'agent" }, t.db);
    expect(off.ok).toBe(true);
    const again = await setUserActive(cast.national, { id: cast.ud30.id, active: false, version: 2 }, t.db);
    expect(again).toMatchObject({ ok: false, message: "Ce compte est déjà désactivé." });
    const on = await setUserActive(cast.national, { id: cast.ud30.id, active: true, version: 2 }, t.db);
    expect(on.ok).toBe(true);
    const row = await reloadUser(t.db, cast.ud30.id);
    expect(row).toMatchObject({ active: true, version: 3 });
    expect(await t.db.select().from(signInFailures)).toEqual([]);
    expect((await getUserForUser(cast.national, cast.ud30.id, t.db))?.lockedUntil).toBeNull();
    const events = await listAuditEventsOfEntity("user", cast.ud30.id, t.db);
    expect(events.map((e) => e.action)).toEqual(["utilisateur.reactive", "utilisateur.desactive"]);
    expect(events[1]!.reason).toBe("Départ de l'agent");
  });

  test("un agent régional ne peut pas désactiver un compte : rien ne change", async () => {
    const cast = await createScopeCast(t.db);
    const result = await setUserActive(cast.occitanie, { id: cast.ud30.id, active: false, version: 1 }, t.db);
    expect(result).toMatchObject({ ok: false, message: "Cette ressource est introuvable." });
    expect((await reloadUser(t.db, cast.ud30.id)).active).toBe(true);
  });
});
