/**
 * Verrouillage après échecs répétés : 5 mots de passe faux sur un compte en 15 minutes bloquent
 * toute tentative pendant 15 minutes. Règle pure : l'état vient de la ligne `users`, l'heure est donnée.
 */
export const LOCKOUT_POLICY = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
} as const;

export type LockoutState = {
  failedLoginCount: number;
  firstFailedLoginAt: Date | null;
  lockedUntil: Date | null;
};

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more wrong password at `now`. */
export function afterFailure(state: LockoutState, now: Date, policy = LOCKOUT_POLICY): LockoutState {
  const windowOpen =
    state.firstFailedLoginAt !== null && now.getTime() - state.firstFailedLoginAt.getTime() < policy.windowMs;
  const failedLoginCount = windowOpen ? state.failedLoginCount + 1 : 1;
  const firstFailedLoginAt = windowOpen ? state.firstFailedLoginAt : now;
  const lockedUntil = failedLoginCount >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return lockedUntil
    ? { failedLoginCount: 0, firstFailedLoginAt: null, lockedUntil }
    : { failedLoginCount, firstFailedLoginAt, lockedUntil: null };
}

export const afterSuccess: LockoutState = { failedLoginCount: 0, firstFailedLoginAt: null, lockedUntil: null };

/** Minutes left before the account opens again, rounded up, for the message shown to the user. */
export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60000));
}
