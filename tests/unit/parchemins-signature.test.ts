import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { ParcheminImprime } from "@/lib/parchemins/imprime";
import { canonicalPayload, champsSignes, payloadMatches, signPayload, signedVerificationUrl, verifyPayload, type ChampsSignes } from "@/lib/parchemins/signature";
import { loadSigningKey, parsePrivateKey, SIGNING_KEY_ENV, SigningKeyMissingError } from "@/lib/parchemins/signing-key";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const other = generateKeyPairSync("ed25519");

const parchemin: ParcheminImprime = {
  id: "6f1d1c3e-0000-4000-8000-000000000001",
  numero: "7KQ2M9XD4TR",
  civilite: "Madame",
  nomNaissance: "NGUYỄN",
  nomUsage: null,
  prenoms: "Thị Lan",
  dateNaissance: "1990-03-12",
  lieuNaissance: "Nîmes",
  titreCode: "TP-00391",
  titreIntitule: "Assistant(e) de vie aux familles",
  niveau: 3,
  nsfCode: "330t",
  rncp: "RNCP36839",
  delivreLe: "2027-04-02",
  lieuDelivrance: "Nîmes",
  statut: "valide",
  annuleAt: null,
};
const champs = champsSignes(parchemin);

/** The QR text of a URL made by signedVerificationUrl. */
const qrText = (url: string) => new URL(url).searchParams.get("s")!;

describe("charge signée du QR code", () => {
  test.each([
    ["NGUYỄN", "Thị Lan", null],
    ["ØRSTED", "Søren", null],
    ["KOWALSKI", "Łukasz", "NOWAK"],
    ["DUPONT-L'HERMITTE", "Zoë Marie", null],
  ])("aller-retour : %s %s (nom d'usage %s)", (nomNaissance, prenoms, nomUsage) => {
    const p = { ...parchemin, nomNaissance, prenoms, nomUsage };
    const url = signedVerificationUrl(p, "https://ceres.travail.gouv.fr/", privateKey);
    expect(url.startsWith("https://ceres.travail.gouv.fr/verifier/7KQ2-M9XD-4TR?s=")).toBe(true);
    const verified = verifyPayload(qrText(url), publicKey);
    expect(verified).toEqual({ ok: true, champs: { numero: "7KQ2M9XD4TR", nomNaissance, nomUsage: nomUsage ?? "", prenoms, dateNaissance: "1990-03-12", titreCode: "TP-00391", delivreLe: "2027-04-02" } });
    expect(payloadMatches((verified as { champs: ChampsSignes }).champs, p)).toBe(true);
  });

  test("la charge tient dans un QR code avec l'adresse (moins de 300 caractères)", () => {
    const url = signedVerificationUrl({ ...parchemin, nomUsage: "DUPONT-L'HERMITTE", prenoms: "Zoë Marie Anaïs Søren" }, "https://ceres.travail.gouv.fr", privateKey);
    expect(url.length).toBeLessThan(300);
  });

  test("les noms sont normalisés en NFC avant signature : la forme décomposée signe la même chose", () => {
    const decomposed = { ...champs, nomNaissance: "NGUYỄN".normalize("NFD"), prenoms: "Zoë".normalize("NFD") };
    const composed = { ...champs, nomNaissance: "NGUYỄN", prenoms: "Zoë" };
    expect(decomposed.nomNaissance).not.toBe(composed.nomNaissance);
    expect(canonicalPayload(decomposed)).toBe(canonicalPayload(composed));
    expect(signPayload(decomposed, privateKey)).toBe(signPayload(composed, privateKey));
    const verified = verifyPayload(signPayload(decomposed, privateKey), publicKey);
    expect(verified.ok && verified.champs.nomNaissance).toBe("NGUYỄN".normalize("NFC"));
  });

  test("un champ dont la valeur glisserait dans le suivant ne donne pas la même charge", () => {
    // Without a separator, "AB" + "C" and "A" + "BC" would sign the same bytes.
    expect(canonicalPayload({ ...champs, nomNaissance: "AB", nomUsage: "C" })).not.toBe(canonicalPayload({ ...champs, nomNaissance: "A", nomUsage: "BC" }));
    expect(() => canonicalPayload({ ...champs, prenoms: "Zoë\u001fTP-00391" })).toThrow(/contrôle/);
  });

  test.each(Object.keys(champs) as (keyof ChampsSignes)[])("un champ modifié (%s) fait échouer la signature", (field) => {
    const [, signature] = signPayload(champs, privateKey).split(".");
    const altered = { ...champs, [field]: `${champs[field]}X` };
    const forged = `${Buffer.from(canonicalPayload(altered)).toString("base64url")}.${signature}`;
    expect(verifyPayload(forged, publicKey)).toEqual({ ok: false, raison: "signature" });
  });

  test("chaque octet modifié de la charge ou de la signature fait échouer la vérification", () => {
    const text = signPayload(champs, privateKey);
    const [payload, signature] = text.split(".").map((part) => Buffer.from(part!, "base64url"));
    for (const [which, bytes] of [["payload", payload!], ["signature", signature!]] as const) {
      for (let i = 0; i < bytes.length; i++) {
        const copy = Buffer.from(bytes);
        copy[i] = copy[i]! ^ 0x01;
        const altered = which === "payload" ? `${copy.toString("base64url")}.${signature!.toString("base64url")}` : `${payload!.toString("base64url")}.${copy.toString("base64url")}`;
        expect(verifyPayload(altered, publicKey).ok, `${which} octet ${i}`).toBe(false);
      }
    }
  });

  test("chaque caractère base64url modifié du texte du QR code est refusé", () => {
    const text = signPayload(champs, privateKey);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ".") continue;
      const replacement = text[i] === "A" ? "B" : "A";
      expect(verifyPayload(text.slice(0, i) + replacement + text.slice(i + 1), publicKey).ok, `caractère ${i}`).toBe(false);
    }
  });

  test("une autre clé ne reconnaît pas la signature", () => {
    expect(verifyPayload(signPayload(champs, privateKey), other.publicKey)).toEqual({ ok: false, raison: "signature" });
    expect(verifyPayload(signPayload(champs, other.privateKey), publicKey)).toEqual({ ok: false, raison: "signature" });
  });

  test.each([
    ["vide", ""],
    ["sans point", "abc"],
    ["trois parties", "a.b.c"],
    ["caractères hors base64url", "a+b/.c"],
    ["signature trop courte", `${Buffer.from("CERES1").toString("base64url")}.AAAA`],
    ["autre version", `${Buffer.from(canonicalPayload(champs).replace("CERES1", "CERES9")).toString("base64url")}.${"A".repeat(86)}`],
    ["UTF-8 invalide", `${Buffer.from([0xff, 0xfe]).toString("base64url")}.${"A".repeat(86)}`],
  ])("texte mal formé (%s) : « format »", (_label, text) => {
    expect(verifyPayload(text, publicKey)).toEqual({ ok: false, raison: "format" });
  });

  test("une charge signée qui ne correspond pas à la fiche (nom changé depuis) est repérée", () => {
    const verified = verifyPayload(signPayload(champs, privateKey), publicKey);
    expect(verified.ok).toBe(true);
    expect(payloadMatches((verified as { champs: ChampsSignes }).champs, { ...parchemin, nomUsage: "MARTIN" })).toBe(false);
  });

  test("un parchemin sans numéro n'a pas de QR code signé", () => {
    expect(() => signedVerificationUrl({ ...parchemin, numero: null }, "https://x", privateKey)).toThrow(/sans numéro/);
  });
});

describe("clé de signature", () => {
  const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  const der = privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
  const publicPem = (key: ReturnType<typeof loadSigningKey>) => createPublicKey(key).export({ format: "pem", type: "spki" });

  test("lue en PEM ou en PKCS#8 base64 depuis l'environnement", () => {
    expect(publicPem(loadSigningKey({ [SIGNING_KEY_ENV]: pem, NODE_ENV: "production" }))).toEqual(publicPem(privateKey));
    expect(publicPem(loadSigningKey({ [SIGNING_KEY_ENV]: der, NODE_ENV: "production" }))).toEqual(publicPem(privateKey));
  });

  test("en production sans la variable : erreur claire qui nomme la variable", () => {
    expect(() => loadSigningKey({ NODE_ENV: "production" })).toThrow(SigningKeyMissingError);
    expect(() => loadSigningKey({ NODE_ENV: "production" })).toThrow(SIGNING_KEY_ENV);
  });

  test("une clé qui n'est pas Ed25519 est refusée", () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    expect(() => parsePrivateKey(ec)).toThrow(/Ed25519/);
  });

  test("sous les tests, une clé par appel, jamais lue du dépôt", () => {
    expect(publicPem(loadSigningKey({ NODE_ENV: "test" }))).not.toEqual(publicPem(loadSigningKey({ NODE_ENV: "test" })));
  });
});
