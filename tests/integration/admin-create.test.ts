import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { ADMIN_CREATE_ACTOR, createNationalAccount } from "@/lib/users/create-national-account";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const nguyen = { email: "thi-mai.nguyen@travail.gouv.fr", prenom: "Thị Mai", nom: "Nguyễn", password: "Ørsted-à-Besançon-2026" };

describe("création d'un compte national en ligne de commande (npm run admin:create)", () => {
  test("crée un compte national actif, au mot de passe haché, et l'inscrit à l'historique sans auteur connecté", async () => {
    const result = await createNationalAccount(nguyen, t.db);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const [row] = await t.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ email: nguyen.email, prenom: "Thị Mai", nom: "NGUYỄN", role: "national", active: true, regionCode: null, centreId: null });
    expect(row!.passwordHash).not.toContain(nguyen.password);
    expect(await verifyPassword(row!.passwordHash!, nguyen.password)).toBe(true);

    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "utilisateur.cree", actorId: null, actorRole: null, actorLabel: ADMIN_CREATE_ACTOR.system });
    expect(JSON.stringify(events[0]!.after)).not.toContain(nguyen.password);
    expect(events[0]!.after).toMatchObject({ role: "national", motDePasse: "défini" });
  });

  test("refuse une adresse déjà utilisée, quelle que soit la casse, sans rien écrire", async () => {
    await createNationalAccount(nguyen, t.db);
    const again = await createNationalAccount({ ...nguyen, email: "Thi-Mai.NGUYEN@travail.gouv.fr", prenom: "Autre" }, t.db);
    expect(again).toMatchObject({ ok: false, message: "Un compte existe déjà avec cette adresse électronique." });
    expect(await t.db.$count(users)).toBe(1);
    expect(await t.db.$count(auditEvents)).toBe(1);
  });

  test.each([
    ["un mot de passe trop court", { password: "court-2026" }, "Le mot de passe doit compter au moins 12 caractères."],
    ["un mot de passe vide", { password: "" }, "Un mot de passe est requis."],
    ["une adresse invalide", { email: "nguyen.travail.gouv.fr" }, "Saisissez une adresse électronique valide, par exemple prenom.nom@travail.gouv.fr."],
  ])("refuse %s", async (_label, change, message) => {
    const result = await createNationalAccount({ ...nguyen, ...change }, t.db);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : Object.values(result.fieldErrors ?? {}).flat()).toContain(message);
    expect(await t.db.$count(users)).toBe(0);
  });
});
