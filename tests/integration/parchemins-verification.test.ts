import { generateKeyPairSync } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import { loadParcheminImprimeParNumero } from "@/lib/parchemins/imprime";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { signedVerificationUrl } from "@/lib/parchemins/signature";
import { verifierParchemin, type Verification } from "@/lib/parchemins/verification";
import { createVerificationLimiter, takeVerification } from "@/lib/parchemins/verification-rate-limit";
import { createParcheminsVerification } from "../fixtures/verification";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const { privateKey, publicKey } = generateKeyPairSync("ed25519");

let fixture: Awaited<ReturnType<typeof createParcheminsVerification>>;
beforeEach(async () => {
  fixture = await createParcheminsVerification(t.db, { annules: [1] });
});

/** The number as a person types it: lower case, spaces instead of hyphens. */
const typed = (numero: string) => formatParcheminNumero(numero).toLowerCase().replace(/-/g, " ");

describe("vérification publique d'un parchemin", () => {
  test("montre exactement les champs imprimés du parchemin, rien de plus (ni identifiant interne)", async () => {
    const numero = fixture.parchemins[0]!.numero!;
    const imprime = (await loadParcheminImprimeParNumero(t.db, numero))!;
    const verification = await verifierParchemin(t.db, typed(numero));
    expect(verification.trouve).toBe(true);
    const { parchemin } = verification as Extract<Verification, { trouve: true }>;
    expect(Object.keys(parchemin).sort()).toEqual(Object.keys(imprime).filter((k) => k !== "id").sort());
    expect(parchemin).toEqual({
      numero,
      civilite: "Madame",
      nomNaissance: "NGUYỄN",
      nomUsage: null,
      prenoms: "Thị Lan",
      dateNaissance: imprime.dateNaissance,
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
    });
    expect(JSON.stringify(verification)).not.toContain(imprime.id);
  });

  test("un parchemin annulé est trouvé avec son statut et la date d'annulation", async () => {
    const verification = await verifierParchemin(t.db, fixture.parchemins[1]!.numero!);
    expect(verification).toMatchObject({ trouve: true, parchemin: { nomNaissance: "ØRSTED", prenoms: "Søren", statut: "annule", annuleAt: new Date("2027-06-15T09:30:00Z") } });
  });

  test.each([
    ["inconnu (clé juste)", () => "7KQ2-M9XD-4TB"],
    ["mal formé", () => "12345"],
    ["caractère interdit", () => "7KQ2-M9XD-4T!"],
    ["clé de contrôle fausse", () => { const n = fixture.parchemins[0]!.numero!; return n.slice(0, 10) + (n[10] === "0" ? "1" : "0"); }],
    ["deux caractères voisins échangés", () => { const n = fixture.parchemins[0]!.numero!; return n[1] === n[0] ? "ZZZZZZZZZZZ" : n[1]! + n[0]! + n.slice(2); }],
    ["vide", () => ""],
    ["démesuré", () => "7".repeat(10_000)],
  ])("un numéro %s reçoit la même réponse que tout numéro introuvable", async (_label, input) => {
    expect(await verifierParchemin(t.db, input())).toEqual({ trouve: false });
  });

  test("un QR code signé est reconnu : signature valide et conforme, altérée, ou d'une autre fiche", async () => {
    const numero = fixture.parchemins[0]!.numero!;
    const imprime = (await loadParcheminImprimeParNumero(t.db, numero))!;
    const s = new URL(signedVerificationUrl(imprime, "http://localhost", privateKey)).searchParams.get("s")!;
    expect(await verifierParchemin(t.db, numero, { signature: s, publicKey })).toMatchObject({ trouve: true, signature: "valide" });
    const i = s.indexOf(".") + 10; // a character inside the signature: always 6 bits of it
    const altered = s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    expect(await verifierParchemin(t.db, numero, { signature: altered, publicKey })).toMatchObject({ trouve: true, signature: "invalide" });
    expect(await verifierParchemin(t.db, numero, { signature: s, publicKey: generateKeyPairSync("ed25519").publicKey })).toMatchObject({ signature: "invalide" });
    // The payload of Ørsted's parchemin, shown on Nguyễn's number: validly signed, but not this record.
    const other = (await loadParcheminImprimeParNumero(t.db, fixture.parchemins[1]!.numero!))!;
    const s2 = new URL(signedVerificationUrl(other, "http://localhost", privateKey)).searchParams.get("s")!;
    expect(await verifierParchemin(t.db, numero, { signature: s2, publicKey })).toMatchObject({ trouve: true, signature: "differente" });
    expect(await verifierParchemin(t.db, numero)).toMatchObject({ trouve: true, signature: null });
  });
});

describe("limite des vérifications par adresse", () => {
  test("au-delà de la limite, l'adresse attend la fin de la fenêtre ; les autres adresses ne sont pas gênées", async () => {
    // On PostgreSQL the counters live in the database (RateLimiterDrizzle), as in production; in memory on PGlite.
    const limiter = createVerificationLimiter(t.driver === "postgres" ? t.db : null, { points: 3, duration: 60 });
    for (let i = 0; i < 3; i++) expect(await takeVerification(limiter, "203.0.113.7")).toEqual({ ok: true });
    const refused = await takeVerification(limiter, "203.0.113.7");
    expect(refused.ok).toBe(false);
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await takeVerification(limiter, "198.51.100.4")).toEqual({ ok: true });
  });

  test("sur PostgreSQL, deux instances partagent le même compteur", async (context) => {
    if (t.driver !== "postgres") context.skip();
    const a = createVerificationLimiter(t.db, { points: 2, duration: 60 });
    const b = createVerificationLimiter(t.db, { points: 2, duration: 60 });
    expect(await takeVerification(a, "192.0.2.9")).toEqual({ ok: true });
    expect(await takeVerification(b, "192.0.2.9")).toEqual({ ok: true });
    expect((await takeVerification(a, "192.0.2.9")).ok).toBe(false);
  });
});
