import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The Ed25519 key that signs the QR codes of parchemins. In production it comes from the environment
 * (PEM, or the base64 of the PKCS#8 DER), and its absence stops the first signature with a clear message.
 * Outside production: under tests a key made for the process; otherwise (development, demo) a key made once
 * and kept in `.data/` — never a key in the repository.
 */
export const SIGNING_KEY_ENV = "CERES_PARCHEMIN_SIGNING_KEY";
export const DEV_KEY_FILE = path.join(".data", "parchemins-signature.pem");

export class SigningKeyMissingError extends Error {}

/** Reads a private key written as PEM or as base64 PKCS#8 DER; only Ed25519 is accepted. */
export function parsePrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.includes("-----BEGIN")
    ? createPrivateKey({ key: trimmed.replace(/\\n/g, "\n"), format: "pem" })
    : createPrivateKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "pkcs8" });
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`${SIGNING_KEY_ENV} doit être une clé privée Ed25519 (reçu : ${key.asymmetricKeyType}).`);
  return key;
}

/** The key of `.data/` (made on first use, readable by its owner only), as PEM: for development and the demo. */
export function devSigningKeyPem(root = process.cwd()): string {
  const file = path.join(root, DEV_KEY_FILE);
  try {
    return readFileSync(file, "utf8");
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const pem = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    try {
      writeFileSync(file, pem, { mode: 0o600, flag: "wx" });
    } catch {
      // Another process wrote it first: its key is the one.
    }
    return readFileSync(file, "utf8");
  }
}

export function loadSigningKey(env: Record<string, string | undefined> = process.env): KeyObject {
  const configured = env[SIGNING_KEY_ENV];
  if (configured) return parsePrivateKey(configured);
  if (env.NODE_ENV === "production") {
    throw new SigningKeyMissingError(
      `${SIGNING_KEY_ENV} doit contenir la clé privée Ed25519 qui signe les QR codes des parchemins (PEM ou PKCS#8 en base64) : voir docs/verification.md.`,
    );
  }
  if (env.NODE_ENV === "test") return generateKeyPairSync("ed25519").privateKey;
  return parsePrivateKey(devSigningKeyPem());
}

// One key per process, on globalThis: Next evaluates this module once per bundle.
const globalForKey = globalThis as unknown as { __ceresParcheminKey?: KeyObject };

export function parcheminSigningKey(): KeyObject {
  globalForKey.__ceresParcheminKey ??= loadSigningKey();
  return globalForKey.__ceresParcheminKey;
}

/** The public key published at /.well-known/ceres-parchemins.pub (SPKI PEM). */
export function parcheminPublicKey(): KeyObject {
  return createPublicKey(parcheminSigningKey());
}

export function publicKeyPem(privateKey: KeyObject = parcheminSigningKey()): string {
  return createPublicKey(privateKey).export({ format: "pem", type: "spki" }).toString();
}
