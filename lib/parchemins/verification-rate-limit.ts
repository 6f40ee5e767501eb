import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getDb, type Db } from "@/db/client";
import { signInRateLimits } from "@/db/schema";

/**
 * Lookups allowed per client address on the public verification page: enough for an employer checking a
 * pile of diplomas by hand, far too few to walk the space of numbers (nearly 10^15 valid numbers).
 */
export const VERIFICATION_LIMIT = { points: 30, duration: 60 } as const;

/**
 * On PostgreSQL the counters live in the database, shared by every app instance: the rate-limiter-flexible
 * store table (`sign_in_rate_limits`, its rows told apart by their key prefix), in memory otherwise (the
 * embedded demo). An address over its limit is refused from this instance's memory until its window ends,
 * so that a flood costs no database round trip.
 */
export function createVerificationLimiter(store: Db | null, limits: { points: number; duration: number } = VERIFICATION_LIMIT): RateLimiterAbstract {
  const keyPrefix = "verification-ip";
  return store
    ? new RateLimiterDrizzle({ storeClient: store, schema: signInRateLimits, keyPrefix, inMemoryBlockOnConsumed: limits.points + 1, ...limits })
    : new RateLimiterMemory({ keyPrefix, ...limits });
}

export type VerificationAllowed = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one point for a lookup from `ip`, or says how long to wait. */
export async function takeVerification(limiter: RateLimiterAbstract, ip: string): Promise<VerificationAllowed> {
  try {
    await limiter.consume(ip);
    return { ok: true };
  } catch (refusal) {
    // The library rejects with a RateLimiterRes when over the limit, with an Error when its store fails.
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}

export function tropDeVerifications(seconds: number): string {
  return `Trop de vérifications depuis votre adresse. Réessayez dans ${seconds} seconde${seconds > 1 ? "s" : ""}.`;
}

// One limiter per process, on globalThis: Next evaluates this module once per bundle.
const globalForLimiter = globalThis as unknown as { __ceresVerificationLimiter?: RateLimiterAbstract };

export function verificationLimiter(): RateLimiterAbstract {
  globalForLimiter.__ceresVerificationLimiter ??= createVerificationLimiter(process.env.DATABASE_URL ? getDb() : null);
  return globalForLimiter.__ceresVerificationLimiter;
}
