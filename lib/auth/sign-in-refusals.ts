/**
 * Sign-in refusals this instance has already seen, kept in memory until they end. The PostgreSQL limiter
 * stays the authority shared by every instance: this only remembers what it answered, so that a flood from
 * a throttled address is refused as soon as the request arrives (in the proxy, before Next renders the
 * route and Auth.js parses the form, checks its CSRF token and calls authorize). No database import here:
 * the proxy bundle loads this module.
 */
export class SignInRefusals {
  private readonly until = new Map<string, number>();

  constructor(private readonly maxKeys = 10_000) {}

  /** The limiter refused `key` for `retryAfterMs`: refuse it from memory until then. */
  remember(key: string, retryAfterMs: number, now = Date.now()): void {
    if (this.until.size >= this.maxKeys && !this.until.has(key)) this.makeRoom(now);
    this.until.delete(key);
    this.until.set(key, now + retryAfterMs);
  }

  /** Seconds left before `key` may try again, or null when this instance knows of no refusal. */
  secondsLeft(key: string, now = Date.now()): number | null {
    const end = this.until.get(key);
    if (end === undefined) return null;
    if (end <= now) {
      this.until.delete(key);
      return null;
    }
    return Math.max(1, Math.ceil((end - now) / 1000));
  }

  get size(): number {
    return this.until.size;
  }

  // Spoofed forwarded addresses could grow the map: expired entries go first, then the oldest ones (a
  // forgotten refusal only costs one round trip to the limiter, which refuses again).
  private makeRoom(now: number): void {
    for (const [key, end] of this.until) if (end <= now) this.until.delete(key);
    for (const key of this.until.keys()) {
      if (this.until.size < this.maxKeys) break;
      this.until.delete(key);
    }
  }
}

export function signInRateLimitKeys(email: string, ip: string): { ip: string; account: string } {
  return { ip: `ip:${ip}`, account: `compte:${email.trim().toLowerCase()}` };
}

// One per server process, on globalThis: Next evaluates a module once per bundle, and the proxy and the
// route handlers are separate bundles of the same process.
const globalForRefusals = globalThis as unknown as { __ceresSignInRefusals?: SignInRefusals };

export function signInRefusals(): SignInRefusals {
  globalForRefusals.__ceresSignInRefusals ??= new SignInRefusals();
  return globalForRefusals.__ceresSignInRefusals;
}

/** Seconds left for an address this instance already knows to be throttled, or null. */
export function throttledAddressSeconds(ip: string, refusals = signInRefusals(), now = Date.now()): number | null {
  return refusals.secondsLeft(signInRateLimitKeys("", ip).ip, now);
}
