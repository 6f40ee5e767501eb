import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/db/client";
import { signInRateLimits } from "@/db/schema";
import { SignInRefusals, signInRateLimitKeys } from "./sign-in-refusals";

export { signInRateLimitKeys };

/**
 * Attempts allowed before sign-in answers "Trop de tentatives" (a successful sign-in gives its points back,
 * so only failures add up). One address may try 20 times in 5 minutes, whichever accounts it aims at; one
 * account may be tried 40 times in 15 minutes from all addresses together. The per-address limit is lower
 * on purpose: a flood from one address stops before it can use up the account's points, so the real owner
 * signing in from elsewhere is not shut out.
 */
export const SIGN_IN_LIMITS = {
  perIp: { points: 20, duration: 5 * 60 },
  perAccount: { points: 40, duration: 15 * 60 },
} as const;

/** The two limits, and the refusals they already decided, remembered by this instance (sign-in-refusals.ts). */
export type SignInLimiters = { perIp: RateLimiterAbstract; perAccount: RateLimiterAbstract; refusals: SignInRefusals };

/** On PostgreSQL the counters live in the database, shared by every app instance; in memory otherwise. */
export function createSignInLimiters(store: Db | null, refusals = new SignInRefusals()): SignInLimiters {
  const make = (name: keyof typeof SIGN_IN_LIMITS, limits: { points: number; duration: number }) =>
    store
      ? // Once a key is over its limit, this instance refuses it from memory until the window ends: a flood
        // that is already throttled costs no database round trip.
        new RateLimiterDrizzle({ storeClient: store, schema: signInRateLimits, keyPrefix: `connexion-${name}`, inMemoryBlockOnConsumed: limits.points + 1, ...limits })
      : new RateLimiterMemory({ keyPrefix: `connexion-${name}`, ...limits });
  return { perIp: make("perIp", SIGN_IN_LIMITS.perIp), perAccount: make("perAccount", SIGN_IN_LIMITS.perAccount), refusals };
}

export type SignInAttempt = { ok: true; giveBack(): Promise<void> } | { ok: false; retryAfterSeconds: number };

/**
 * Takes one point per limit before the password is even looked at, so a refused attempt costs no argon2.
 * The address is checked first: once an address is throttled, its attempts no longer count for the account.
 * A refusal already decided is answered from memory, without asking the limiter again.
 */
export async function takeSignInAttempt(limiters: SignInLimiters, email: string, ip: string): Promise<SignInAttempt> {
  const keys = signInRateLimitKeys(email, ip);
  const known = limiters.refusals.secondsLeft(keys.ip) ?? limiters.refusals.secondsLeft(keys.account);
  if (known !== null) return { ok: false, retryAfterSeconds: known };
  try {
    await limiters.perIp.consume(keys.ip);
  } catch (refusal) {
    return refused(limiters.refusals, keys.ip, refusal);
  }
  try {
    await limiters.perAccount.consume(keys.account);
  } catch (refusal) {
    await limiters.perIp.reward(keys.ip);
    return refused(limiters.refusals, keys.account, refusal);
  }
  return {
    ok: true,
    async giveBack() {
      await Promise.all([limiters.perIp.reward(keys.ip), limiters.perAccount.reward(keys.account)]);
    },
  };
}

function refused(refusals: SignInRefusals, key: string, refusal: unknown): SignInAttempt {
  // The library rejects with a RateLimiterRes when over the limit, with an Error when its store fails.
  if (!(refusal instanceof RateLimiterRes)) throw refusal;
  refusals.remember(key, refusal.msBeforeNext);
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
}
