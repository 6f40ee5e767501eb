import { describe, expect, test, vi } from "vitest";
import { messageForSignInRedirect } from "@/lib/auth/sign-in-messages";
import { createSignInLimiters, SIGN_IN_LIMITS, takeSignInAttempt } from "@/lib/auth/sign-in-rate-limit";
import { SignInRefusals, throttledAddressSeconds } from "@/lib/auth/sign-in-refusals";
import { CREDENTIALS_CALLBACK_PATH, pauseBeforeRefusal, refuseThrottledSignIn, THROTTLED_ANSWER_DELAY_MS } from "@/lib/auth/throttled-sign-in";

const T0 = Date.UTC(2026, 11, 3, 9, 0);

describe("refus déjà décidés, gardés en mémoire", () => {
  test("un refus vaut jusqu'à sa fin, puis s'oublie", () => {
    const refusals = new SignInRefusals();
    refusals.remember("ip:203.0.113.66", 42_000, T0);
    expect(refusals.secondsLeft("ip:203.0.113.66", T0)).toBe(42);
    expect(refusals.secondsLeft("ip:203.0.113.66", T0 + 41_500)).toBe(1);
    expect(refusals.secondsLeft("ip:203.0.113.66", T0 + 42_000)).toBeNull();
    expect(refusals.size).toBe(0);
    expect(refusals.secondsLeft("ip:198.51.100.20", T0)).toBeNull();
  });

  test("des adresses usurpées en masse ne font pas grossir la mémoire sans fin", () => {
    const refusals = new SignInRefusals(100);
    for (let i = 0; i < 1000; i++) refusals.remember(`ip:10.0.${i >> 8}.${i & 255}`, 300_000, T0);
    expect(refusals.size).toBe(100);
    // Les plus récents restent.
    expect(refusals.secondsLeft("ip:10.0.3.231", T0)).toBe(300);
  });

  test("une adresse déjà freinée est refusée sans interroger de nouveau le limiteur", async () => {
    const limiters = createSignInLimiters(null);
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.points; i++) await takeSignInAttempt(limiters, "søren.ørsted@travail.gouv.fr", "203.0.113.66");
    expect(await takeSignInAttempt(limiters, "søren.ørsted@travail.gouv.fr", "203.0.113.66")).toMatchObject({ ok: false, retryAfterSeconds: 300 });
    const consume = vi.spyOn(limiters.perIp, "consume");
    const accountConsume = vi.spyOn(limiters.perAccount, "consume");
    for (let i = 0; i < 50; i++) {
      expect(await takeSignInAttempt(limiters, `cible-${i}@travail.gouv.fr`, "203.0.113.66")).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    }
    expect(consume).not.toHaveBeenCalled();
    expect(accountConsume).not.toHaveBeenCalled();
    expect(throttledAddressSeconds("203.0.113.66", limiters.refusals)).toBeGreaterThan(290);
    // Une autre adresse passe toujours par le limiteur.
    expect((await takeSignInAttempt(limiters, "thi.nguyen@travail.gouv.fr", "198.51.100.20")).ok).toBe(true);
    expect(consume).toHaveBeenCalledTimes(1);
  });

  test("un compte freiné pour toutes les adresses est lui aussi refusé de mémoire", async () => {
    const limiters = createSignInLimiters(null);
    for (let i = 0; i <= SIGN_IN_LIMITS.perAccount.points; i++) await takeSignInAttempt(limiters, "nguyen@travail.gouv.fr", `203.0.113.${i}`);
    const consume = vi.spyOn(limiters.perIp, "consume");
    expect(await takeSignInAttempt(limiters, " Nguyen@Travail.gouv.fr", "198.51.100.20")).toMatchObject({ ok: false });
    expect(consume).not.toHaveBeenCalled();
  });
});

describe("le proxy refuse une adresse freinée avant tout travail", () => {
  const request = (method: string, pathname: string, ip: string) => ({
    method,
    headers: new Headers({ "x-forwarded-for": ip }),
    nextUrl: { pathname, origin: "http://localhost:3000" },
  });

  test("la réponse est celle d'Auth.js, avec le délai d'attente, donnée après une pause", async () => {
    const refusals = new SignInRefusals();
    refusals.remember("ip:203.0.113.66", 287_000, T0);
    const pause = vi.fn(async () => {});
    const response = await refuseThrottledSignIn(request("POST", CREDENTIALS_CALLBACK_PATH, "203.0.113.66"), { refusals, now: T0, pause });
    expect(pause).toHaveBeenCalledTimes(1);
    expect(response?.status).toBe(302);
    expect(response?.headers.get("retry-after")).toBe("287");
    const location = new URL(response!.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe("http://localhost:3000/connexion");
    const params = Object.fromEntries(location.searchParams);
    expect(params).toEqual({ error: "CredentialsSignin", code: "throttled:287" });
    expect(messageForSignInRedirect(params)).toBe("Trop de tentatives. Réessayez dans 5 minutes.");
  });

  test.each([
    ["POST", CREDENTIALS_CALLBACK_PATH, "198.51.100.20"],
    ["GET", CREDENTIALS_CALLBACK_PATH, "203.0.113.66"],
    ["POST", "/api/auth/signin/proconnect", "203.0.113.66"],
    ["POST", "/connexion", "203.0.113.66"],
  ])("%s %s depuis %s suit son cours, sans pause", async (method, pathname, ip) => {
    const refusals = new SignInRefusals();
    refusals.remember("ip:203.0.113.66", 287_000, T0);
    const pause = vi.fn(async () => {});
    expect(await refuseThrottledSignIn(request(method, pathname, ip), { refusals, now: T0, pause })).toBeNull();
    expect(pause).not.toHaveBeenCalled();
  });

  test("la pause par défaut dure une seconde, sans occuper le processeur", async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const paused = pauseBeforeRefusal().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(THROTTLED_ANSWER_DELAY_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await paused;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  test.each([
    [{ error: "CredentialsSignin", code: "throttled:42" }, "Trop de tentatives. Réessayez dans 42 secondes."],
    [{ error: "CredentialsSignin", code: "invalid" }, "Adresse électronique ou mot de passe incorrect."],
    [{ error: "CredentialsSignin" }, "Adresse électronique ou mot de passe incorrect."],
    [{ erreur: "identite" }, "Cette identité ProConnect n'est pas celle qui est associée à ce compte CERES. Contactez l'administrateur de CERES de votre structure."],
    [{}, null],
  ])("le retour %j affiche « %s »", (params, message) => {
    expect(messageForSignInRedirect(params)).toBe(message);
  });
});
