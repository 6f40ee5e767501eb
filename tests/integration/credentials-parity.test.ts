import * as argon2 from "@node-rs/argon2";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { checkCredentials } from "@/lib/auth/check-credentials";
import { LOCKOUT_POLICY } from "@/lib/auth/lockout";
import { DECOY_PASSWORD_HASH, hashPassword } from "@/lib/auth/password";
import { messageForSignInCode } from "@/lib/auth/sign-in-messages";
import { createSignInLimiters, type SignInLimiters } from "@/lib/auth/sign-in-rate-limit";
import { createUserRow, TEST_PASSWORD } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

// The real argon2, observed: each call of hash or verify is counted with the hash it worked on.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...real, hash: vi.fn(real.hash), verify: vi.fn(real.verify) };
});

const t = useTestDatabase();
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 3, 9, 0) + minutes * 60_000);
const PIRATE = "203.0.113.66";
let limiters: SignInLimiters;
beforeEach(() => {
  limiters = createSignInLimiters(null);
});

/** One attempt, with the argon2 work it did: how many hashes, and the parameters of each verified hash. */
async function observed(email: string, password: string, now: Date) {
  vi.mocked(argon2.hash).mockClear();
  vi.mocked(argon2.verify).mockClear();
  const outcome = await checkCredentials({ email, password, ip: PIRATE }, { now, db: t.db, limiters });
  const verified = vi.mocked(argon2.verify).mock.calls.map(([hash]) => String(hash).split("$").slice(1, 4).join("$"));
  return { outcome, message: outcome.ok ? null : messageForSignInCode(outcome.reason), hashes: vi.mocked(argon2.hash).mock.calls.length, verified };
}

describe("un compte verrouillé répond comme un mauvais mot de passe, après le même calcul", () => {
  test("verrouillé (même avec le bon mot de passe), inconnu ou mauvais mot de passe : une vérification argon2 aux mêmes paramètres, le même message", async () => {
    const user = await createUserRow(t.db, { email: "soren.orsted@travail.gouv.fr", prenom: "Søren", nom: "ØRSTED" });
    // Un compte inconnu d'abord : c'est le premier refus sans compte du processus.
    const unknown = await observed("personne.nguyen@travail.gouv.fr", "mauvais-Nguyễn", at(0));
    const wrong: Awaited<ReturnType<typeof observed>>[] = [];
    for (let i = 0; i < LOCKOUT_POLICY.maxFailures; i++) wrong.push(await observed(user.email, `mauvais-${i}`, at(i)));
    const lockedRight = await observed(user.email, TEST_PASSWORD, at(6));
    const lockedWrong = await observed(user.email, "mauvais-encore", at(7));

    const profile = (await hashPassword("Ørsted-1252-€")).split("$").slice(1, 4).join("$");
    const expected = { outcome: { ok: false, reason: "invalid" }, message: "Adresse électronique ou mot de passe incorrect.", hashes: 0, verified: [profile] };
    for (const attempt of [unknown, ...wrong, lockedRight, lockedWrong]) expect(attempt).toEqual(expected);
  });

  test("le leurre est un haché argon2id aux paramètres de hashPassword, qui ne reconnaît aucun mot de passe courant", async () => {
    const profile = (await hashPassword(TEST_PASSWORD)).split("$").slice(1, 4).join("$");
    expect(DECOY_PASSWORD_HASH.split("$").slice(1, 4).join("$")).toBe(profile);
    for (const password of ["", TEST_PASSWORD, "compte-inexistant-leurre"]) expect(await argon2.verify(DECOY_PASSWORD_HASH, password)).toBe(false);
  });
});
