import { describe, expect, test } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { productionSettingsProblems } from "@/lib/auth/production-settings";
import { messageForSignInCode } from "@/lib/auth/sign-in-messages";
import { createSignInLimiters, SIGN_IN_LIMITS, signInRateLimitKeys, takeSignInAttempt } from "@/lib/auth/sign-in-rate-limit";

describe("clés des limites de connexion", () => {
  test.each([
    [{ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }, "203.0.113.7"],
    [{ "x-forwarded-for": " 2001:DB8::1 " }, "2001:db8::1"],
    [{ "x-real-ip": "198.51.100.4" }, "198.51.100.4"],
    [{ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.4" }, "203.0.113.7"],
    [{ "x-forwarded-for": "" }, "inconnue"],
    [{}, "inconnue"],
  ])("les en-têtes %j donnent l'adresse %s", (headers, ip) => {
    expect(clientIp(new Headers(headers))).toBe(ip);
  });

  test("une adresse démesurée est tronquée", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "9".repeat(500) }))).toHaveLength(64);
  });

  test.each([
    ["Søren.Ørsted@Travail.gouv.fr ", "203.0.113.7", { ip: "ip:203.0.113.7", account: "compte:søren.ørsted@travail.gouv.fr" }],
    ["thi.nguyen@travail.gouv.fr", "inconnue", { ip: "ip:inconnue", account: "compte:thi.nguyen@travail.gouv.fr" }],
  ])("%s depuis %s", (email, ip, keys) => {
    expect(signInRateLimitKeys(email, ip)).toEqual(keys);
  });

  test("l'adresse est freinée avant le compte, qui garde alors ses points", async () => {
    const limiters = createSignInLimiters(null);
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.points; i++) expect((await takeSignInAttempt(limiters, "a@b.fr", "1.1.1.1")).ok).toBe(true);
    expect(await takeSignInAttempt(limiters, "a@b.fr", "1.1.1.1")).toMatchObject({ ok: false, retryAfterSeconds: 300 });
    expect((await limiters.perAccount.get("compte:a@b.fr"))?.consumedPoints).toBe(SIGN_IN_LIMITS.perIp.points);
    expect((await takeSignInAttempt(limiters, "a@b.fr", "2.2.2.2")).ok).toBe(true);
  });

  test("un succès rend ses points", async () => {
    const limiters = createSignInLimiters(null);
    const taken = await takeSignInAttempt(limiters, "a@b.fr", "1.1.1.1");
    if (!taken.ok) throw new Error("attendu");
    await taken.giveBack();
    expect((await limiters.perIp.get("ip:1.1.1.1"))?.consumedPoints).toBe(0);
  });

  test.each([
    ["throttled:42", "Trop de tentatives. Réessayez dans 42 secondes."],
    ["throttled:1", "Trop de tentatives. Réessayez dans 1 seconde."],
    ["throttled:287", "Trop de tentatives. Réessayez dans 5 minutes."],
    ["identite", "Cette identité ProConnect n'est pas celle qui est associée à ce compte CERES. Contactez l'administrateur de CERES de votre structure."],
  ])("le code %s donne « %s »", (code, message) => {
    expect(messageForSignInCode(code)).toBe(message);
  });
});

describe("configuration de production", () => {
  test("AUTH_URL et AUTH_SECRET sont exigés en production seulement", () => {
    expect(productionSettingsProblems({ NODE_ENV: "development" })).toEqual([]);
    expect(productionSettingsProblems({ NODE_ENV: "production", AUTH_SECRET: "x" })).toEqual([
      "AUTH_URL doit donner l'origine publique de CERES (par exemple https://ceres.travail.gouv.fr).",
    ]);
    expect(productionSettingsProblems({ NODE_ENV: "production", AUTH_URL: "https://ceres.travail.gouv.fr", AUTH_SECRET: "x" })).toEqual([]);
  });
});
