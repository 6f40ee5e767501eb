import { describe, expect, test } from "vitest";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { findUserForOidcLogin } from "@/lib/auth/oidc-sign-in";
import { createUserRow, reloadUser } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 9, 0) + minutes * 60_000);

describe("connexion OpenID Connect", () => {
  test("la première connexion associe l'identité au compte de même adresse, au journal", async () => {
    const user = await createUserRow(t.db, { email: "thi.nguyen@travail.gouv.fr", prenom: "Thị", nom: "NGUYỄN", passwordHash: null });
    expect(await findUserForOidcLogin("THI.NGUYEN@travail.gouv.fr", "sub-123", at(0), t.db)).toEqual({ ok: true, userId: user.id });
    const row = await reloadUser(t.db, user.id);
    expect(row).toMatchObject({ oidcSubject: "sub-123", lastLoginAt: at(0) });
    const actions = (await listAuditEventsOfEntity("user", user.id, t.db)).map((e) => e.action).sort();
    expect(actions).toEqual(["connexion.reussie", "utilisateur.identite_liee"]);
  });

  test("une autre identité portant la même adresse est refusée ensuite, et le refus est au journal", async () => {
    const user = await createUserRow(t.db, { email: "soren.orsted@travail.gouv.fr", passwordHash: null, oidcSubject: "sub-ancien" });
    expect(await findUserForOidcLogin("soren.orsted@travail.gouv.fr", "sub-usurpateur", at(0), t.db)).toEqual({ ok: false, reason: "identite" });
    expect((await reloadUser(t.db, user.id)).oidcSubject).toBe("sub-ancien");
    const [event] = await listAuditEventsOfEntity("user", user.id, t.db);
    expect(event).toMatchObject({ action: "connexion.echec", reason: "identité ProConnect différente de celle associée au compte" });
  });

  test("l'identité associée ouvre le compte même si le fournisseur a changé l'adresse", async () => {
    const user = await createUserRow(t.db, { email: "ancienne@travail.gouv.fr", passwordHash: null, oidcSubject: "sub-42" });
    expect(await findUserForOidcLogin("nouvelle@travail.gouv.fr", "sub-42", at(0), t.db)).toEqual({ ok: true, userId: user.id });
  });

  test("refuse une adresse inconnue (pas d'inscription libre) et un compte désactivé", async () => {
    await createUserRow(t.db, { email: "parti@travail.gouv.fr", active: false });
    expect(await findUserForOidcLogin("inconnu@travail.gouv.fr", "s1", at(0), t.db)).toEqual({ ok: false, reason: "unknown" });
    expect(await findUserForOidcLogin(null, "s1", at(0), t.db)).toEqual({ ok: false, reason: "unknown" });
    expect(await findUserForOidcLogin("parti@travail.gouv.fr", "s2", at(0), t.db)).toEqual({ ok: false, reason: "inactive" });
  });
});
