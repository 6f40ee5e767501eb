import { describe, expect, test } from "vitest";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { isAuthSessionExpired } from "@/lib/auth/auth-session-lifetime";
import type { CurrentUser } from "@/lib/auth/current-user";
import { findUserForOidcLogin } from "@/lib/auth/oidc-sign-in";
import { getUserForUser } from "@/lib/users/queries";
import { unbindOidcIdentitySchema } from "@/lib/users/schemas";
import { unbindOidcIdentity } from "@/lib/users/unbind-oidc-identity";
import { asCurrentUser, createUserRow, reloadUser } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const data = (input: Record<string, unknown>) => unbindOidcIdentitySchema.parse(input);

async function boundAccount() {
  const admin = asCurrentUser(await createUserRow(t.db, { role: "national", prenom: "Nadia", nom: "NATIONALE" }));
  const row = await createUserRow(t.db, { email: "thi.nguyen@travail.gouv.fr", prenom: "Thị", nom: "NGUYỄN", passwordHash: null, oidcSubject: "sub-ancien-ministere" });
  return { admin, row };
}

describe("dissociation de l'identité ProConnect", () => {
  test("l'administration nationale dissocie l'identité, au journal ; la prochaine connexion ProConnect en associe une nouvelle", async () => {
    const { admin, row } = await boundAccount();
    const signedInBefore = Date.now() - 1000;
    expect((await getUserForUser(admin, row.id, t.db))?.proConnectLie).toBe(true);
    expect(await unbindOidcIdentity(admin, data({ id: row.id, version: row.version, reason: "Changement de ministère — identité ProConnect renouvelée" }), t.db)).toEqual({ ok: true, data: { id: row.id } });

    const after = await reloadUser(t.db, row.id);
    expect(after).toMatchObject({ oidcSubject: null, version: row.version + 1 });
    expect((await getUserForUser(admin, row.id, t.db))?.proConnectLie).toBe(false);
    // Les connexions ouvertes avant, avec l'ancienne identité, prennent fin.
    expect(isAuthSessionExpired(signedInBefore, Date.now(), after.authSessionsValidFrom)).toBe(true);
    const [event] = await listAuditEventsOfEntity("user", row.id, t.db);
    expect(event).toMatchObject({
      action: "utilisateur.identite_deliee",
      actorLabel: "Nadia NATIONALE",
      actorRole: "national",
      before: { identiteProConnect: "sub-ancien-ministere" },
      after: { identiteProConnect: null },
      reason: "Changement de ministère — identité ProConnect renouvelée",
    });

    // L'ancienne identité n'ouvre plus le compte par son sujet ; la nouvelle s'associe par l'adresse.
    expect(await findUserForOidcLogin("thi.nguyen@travail.gouv.fr", "sub-nouveau", new Date(), t.db)).toEqual({ ok: true, userId: row.id });
    expect((await reloadUser(t.db, row.id)).oidcSubject).toBe("sub-nouveau");
    expect(await findUserForOidcLogin("thi.nguyen@travail.gouv.fr", "sub-ancien-ministere", new Date(), t.db)).toEqual({ ok: false, reason: "identite" });
  });

  test("une version périmée est refusée (verrou optimiste), sans rien changer", async () => {
    const { admin, row } = await boundAccount();
    expect(await unbindOidcIdentity(admin, data({ id: row.id, version: row.version + 1 }), t.db)).toMatchObject({ ok: false, code: "conflit_version" });
    expect((await reloadUser(t.db, row.id)).oidcSubject).toBe("sub-ancien-ministere");
    expect(await listAuditEventsOfEntity("user", row.id, t.db)).toEqual([]);
  });

  test("un compte sans identité associée : refus explicite", async () => {
    const { admin } = await boundAccount();
    const other = await createUserRow(t.db, { email: "soren.orsted@travail.gouv.fr", prenom: "Søren", nom: "ØRSTED" });
    expect(await unbindOidcIdentity(admin, data({ id: other.id, version: other.version }), t.db)).toEqual({
      ok: false,
      code: "refuse",
      message: "Aucune identité ProConnect n'est associée à ce compte.",
      fieldErrors: undefined,
    });
  });

  test.each(["regional", "centre"] as const)("un utilisateur %s ne trouve pas le compte", async (role) => {
    const { row } = await boundAccount();
    const person = { id: row.id, email: row.email, prenom: row.prenom, nom: row.nom };
    const actor: CurrentUser =
      role === "regional" ? { ...person, role, regionCode: "76", departementCode: null } : { ...person, role, centreId: "0190a0b1-0000-7000-8000-0000000000c1" };
    expect(await unbindOidcIdentity(actor, data({ id: row.id, version: row.version }), t.db)).toMatchObject({ ok: false, code: "introuvable" });
    expect((await reloadUser(t.db, row.id)).oidcSubject).toBe("sub-ancien-ministere");
  });

  test("un compte inexistant est introuvable", async () => {
    const { admin } = await boundAccount();
    expect(await unbindOidcIdentity(admin, data({ id: "0190a0b1-0000-7000-8000-000000000000", version: 1 }), t.db)).toMatchObject({ ok: false, code: "introuvable" });
  });
});
