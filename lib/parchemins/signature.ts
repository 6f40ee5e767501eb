import { sign, verify, type KeyObject } from "node:crypto";
import { formatParcheminNumero } from "./numero";
import type { ParcheminImprime } from "./imprime";
import { parcheminSigningKey } from "./signing-key";

/**
 * The signed payload the parchemin's QR code carries, so that anyone can check a parchemin offline with the
 * public key (issue 13, part 5). The payload is UTF-8 text, every field in Unicode NFC:
 *
 *   CERES1 ␟ numéro ␟ nom de naissance ␟ nom d'usage ␟ prénoms ␟ date de naissance ␟ code du titre ␟ date de délivrance
 *
 * where ␟ is the character U+001F (INFORMATION SEPARATOR ONE), which no field may contain (no field may
 * contain any control character), so the split is unambiguous; an absent usage name is the empty string;
 * the number is the stored form (11 characters, no hyphen); dates are ISO (AAAA-MM-JJ). The Ed25519
 * signature covers exactly these bytes. In the QR code: `<payload>.<signature>`, both in base64url without
 * padding, as the `s` query parameter of the verification URL.
 */
export const PAYLOAD_VERSION = "CERES1";
export const PAYLOAD_SEPARATOR = "\u001f";
export const SIGNATURE_PARAM = "s";

export type ChampsSignes = {
  numero: string;
  nomNaissance: string;
  nomUsage: string;
  prenoms: string;
  dateNaissance: string;
  titreCode: string;
  delivreLe: string;
};

const FIELDS = ["numero", "nomNaissance", "nomUsage", "prenoms", "dateNaissance", "titreCode", "delivreLe"] as const satisfies readonly (keyof ChampsSignes)[];
// eslint-disable-next-line no-control-regex -- the separator and every other control character are refused in a field
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The fields of a printed parchemin that the QR code signs. A parchemin without a number has no QR code. */
export function champsSignes(p: Pick<ParcheminImprime, "numero" | "nomNaissance" | "nomUsage" | "prenoms" | "dateNaissance" | "titreCode" | "delivreLe">): ChampsSignes {
  if (!p.numero) throw new Error("Un parchemin sans numéro ne peut pas porter de QR code signé.");
  return {
    numero: p.numero,
    nomNaissance: p.nomNaissance,
    nomUsage: p.nomUsage ?? "",
    prenoms: p.prenoms,
    dateNaissance: p.dateNaissance,
    titreCode: p.titreCode,
    delivreLe: p.delivreLe,
  };
}

/** The canonical text (see above). Throws on a field holding a control character: that is a bug upstream. */
export function canonicalPayload(champs: ChampsSignes): string {
  const values = FIELDS.map((field) => {
    const value = champs[field].normalize("NFC");
    if (CONTROL.test(value)) throw new Error(`Caractère de contrôle dans le champ signé « ${field} ».`);
    return value;
  });
  return [PAYLOAD_VERSION, ...values].join(PAYLOAD_SEPARATOR);
}

/** `<payload>.<signature>` in base64url: what the QR code carries after `?s=`. */
export function signPayload(champs: ChampsSignes, privateKey: KeyObject): string {
  const bytes = Buffer.from(canonicalPayload(champs), "utf8");
  return `${bytes.toString("base64url")}.${sign(null, bytes, privateKey).toString("base64url")}`;
}

/**
 * The URL the QR code opens: the verification page of the number, with the signed payload
 * (`https://…/verifier/7KQ2-M9XD-4TR?s=<payload>.<signature>`). The key is the configured one unless given.
 */
export function signedVerificationUrl(p: ParcheminImprime, baseUrl: string, privateKey: KeyObject = parcheminSigningKey()): string {
  const champs = champsSignes(p);
  const base = baseUrl.replace(/\/+$/, "");
  return `${base}/verifier/${formatParcheminNumero(champs.numero)}?${SIGNATURE_PARAM}=${signPayload(champs, privateKey)}`;
}

export type PayloadVerifie = { ok: true; champs: ChampsSignes } | { ok: false; raison: "format" | "signature" };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Strict base64url: a text that decodes but is not the canonical encoding of its bytes is refused. */
function decodeStrict(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}

/**
 * Checks `<payload>.<signature>` against a public key: the decoded fields, or why not. "format" when the
 * text is not a payload of this kind (bad encoding, not UTF-8, not canonical, wrong field count or
 * version); "signature" when it is one but the signature does not match (altered, or another key).
 */
export function verifyPayload(text: string, publicKey: KeyObject): PayloadVerifie {
  const parts = text.trim().split(".");
  if (parts.length !== 2) return { ok: false, raison: "format" };
  const bytes = decodeStrict(parts[0]!);
  const signature = decodeStrict(parts[1]!);
  if (!bytes || !signature || signature.length !== 64) return { ok: false, raison: "format" };
  let payload: string;
  try {
    payload = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, raison: "format" };
  }
  const [version, ...values] = payload.split(PAYLOAD_SEPARATOR);
  if (version !== PAYLOAD_VERSION || values.length !== FIELDS.length) return { ok: false, raison: "format" };
  const champs = Object.fromEntries(FIELDS.map((field, i) => [field, values[i]!])) as ChampsSignes;
  // Only the canonical form is accepted: one parchemin, one payload.
  try {
    if (canonicalPayload(champs) !== payload) return { ok: false, raison: "format" };
  } catch {
    return { ok: false, raison: "format" };
  }
  if (!verify(null, bytes, publicKey, signature)) return { ok: false, raison: "signature" };
  return { ok: true, champs };
}

/** True when the signed fields are those of the record (the record's own fields, canonicalised alike). */
export function payloadMatches(champs: ChampsSignes, p: Parameters<typeof champsSignes>[0]): boolean {
  return p.numero !== null && canonicalPayload(champs) === canonicalPayload(champsSignes(p));
}
