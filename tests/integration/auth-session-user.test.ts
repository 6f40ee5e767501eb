import { describe, expect, test } from "vitest";
import { users } from "@/db/schema";
import { loadAuthSessionUser } from "@/lib/auth/load-auth-session-user";
import { revokeAuthSession } from "@/lib/auth/revoke-auth-session";
import { setUserActive } from "@/lib/users/set-user-active";
import { updateUser } from "@/lib/users/update-user";
import { createScopeCast, userEditInput } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const HOUR = 3600_000;

/** The cast, created two hours ago: their auth sessions of the last hour are valid. */
async function castCreatedEarlier() {
  const cast = await createScopeCast(t.db);
  await t.db.update(users).set({ authSessionsValidFrom: new Date(Date.now() - 2 * HOUR) });
  return cast;
}

describe("connexion relue à chaque requête", () => {
  test("une connexion ouverte donne l'utilisateur ; 12 heures après la connexion, plus rien, même renouvelée", async () => {
    const cast = await castCreatedEarlier();
    const signedInAt = Date.now() - HOUR;
    const claims = { userId: cast.ud30.id, authSessionId: "a1", signedInAt };
    expect(await loadAuthSessionUser(claims, Date.now(), t.db)).toMatchObject({ id: cast.ud30.id, role: "regional", departementCode: "30" });
    expect(await loadAuthSessionUser(claims, signedInAt + 12 * HOUR, t.db)).toBeNull();
  });

  test("un changement de mot de passe met fin aux connexions ouvertes avant, pas aux suivantes", async () => {
    const cast = await castCreatedEarlier();
    const before = { userId: cast.ud30.id, authSessionId: "avant", signedInAt: Date.now() - 1000 };
    expect(await loadAuthSessionUser(before, Date.now(), t.db)).not.toBeNull();
    expect((await updateUser(cast.national, await userEditInput(t.db, cast.ud30.id, { password: "Nouveau-mot-de-passe-2026!" }), t.db)).ok).toBe(true);
    expect(await loadAuthSessionUser(before, Date.now(), t.db)).toBeNull();
    const after = { userId: cast.ud30.id, authSessionId: "apres", signedInAt: Date.now() + 1 };
    expect(await loadAuthSessionUser(after, Date.now() + 2, t.db)).not.toBeNull();
  });

  test("un changement de rôle ou de périmètre met fin aux connexions ouvertes ; un changement de prénom non", async () => {
    const cast = await castCreatedEarlier();
    const claims = { userId: cast.ud30.id, authSessionId: "a1", signedInAt: Date.now() - 1000 };
    expect((await updateUser(cast.national, await userEditInput(t.db, cast.ud30.id, { prenom: "Thị" }), t.db)).ok).toBe(true);
    expect(await loadAuthSessionUser(claims, Date.now(), t.db)).not.toBeNull();
    expect((await updateUser(cast.national, await userEditInput(t.db, cast.ud30.id, { departementCode: "34" }), t.db)).ok).toBe(true);
    expect(await loadAuthSessionUser(claims, Date.now(), t.db)).toBeNull();
  });

  test("désactiver puis réactiver un compte ne rend pas vie aux anciennes connexions", async () => {
    const cast = await castCreatedEarlier();
    const claims = { userId: cast.ud30.id, authSessionId: "a1", signedInAt: Date.now() - 1000 };
    expect((await setUserActive(cast.national, { id: cast.ud30.id, active: false, version: 1 }, t.db)).ok).toBe(true);
    expect(await loadAuthSessionUser(claims, Date.now(), t.db)).toBeNull();
    expect((await setUserActive(cast.national, { id: cast.ud30.id, active: true, version: 2 }, t.db)).ok).toBe(true);
    expect(await loadAuthSessionUser(claims, Date.now(), t.db)).toBeNull();
  });

  test("une connexion terminée par « Se déconnecter » est refusée", async () => {
    const cast = await castCreatedEarlier();
    const claims = { userId: cast.ud30.id, authSessionId: "a1", signedInAt: Date.now() - 1000 };
    await revokeAuthSession(cast.ud30, "a1", t.db);
    expect(await loadAuthSessionUser(claims, Date.now(), t.db)).toBeNull();
  });
});
