import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's second recommended profile.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * The hash of a random, forgotten password, made with `options` (a test checks they still match). Kept as
 * text rather than hashed at the first use: that first refusal would otherwise cost a hash on top of the
 * verification, and tell an unknown or locked account from a wrong password.
 */
export const DECOY_PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$k4Xr5KTz2AdArwZrMBFGQg$b85zik1Ba5MTTwGBFdbS2xGYHMguVMNwB8QpaXMLLI0";

// Verifying against a fixed hash when the account does not exist or is locked keeps the work, and so the
// answer time, the same as for a wrong password: the answer does not reveal which accounts exist.
export async function burnPasswordCheck(password: string): Promise<void> {
  await verifyPassword(DECOY_PASSWORD_HASH, password);
}
