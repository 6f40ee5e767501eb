import { describe, expect, test } from "vitest";
import type { ParcheminImprime } from "@/lib/parchemins/imprime";
import { formatParcheminNumero, generateParcheminNumero } from "@/lib/parchemins/numero";
import { parcheminQrText } from "@/lib/parchemins/qr-text";
import { payloadMatches, SIGNATURE_PARAM, verifyPayload } from "@/lib/parchemins/signature";
import { parcheminPublicKey } from "@/lib/parchemins/signing-key";

const parchemin: ParcheminImprime = {
  id: "00000000-0000-4000-8000-000000000001",
  numero: generateParcheminNumero(),
  civilite: "Monsieur",
  nomNaissance: "NGUYỄN",
  nomUsage: null,
  prenoms: "Văn Minh",
  dateNaissance: "1991-07-14",
  lieuNaissance: "Hô-Chi-Minh-Ville (Viêt Nam)",
  titreCode: "TP-00391",
  titreIntitule: "Assistant(e) de vie aux familles",
  niveau: 3,
  nsfCode: "330t",
  rncp: "RNCP4821",
  delivreLe: "2027-05-20",
  lieuDelivrance: "Nîmes",
  statut: "valide",
  annuleAt: null,
};

describe("le texte du QR code d'un parchemin", () => {
  test("ouvre la page de vérification du numéro et porte une charge signée que la clé publiée vérifie", () => {
    const url = new URL(parcheminQrText(parchemin, "https://ceres.travail.gouv.fr/"));
    expect(url.origin + url.pathname).toBe(`https://ceres.travail.gouv.fr/verifier/${formatParcheminNumero(parchemin.numero!)}`);
    const verified = verifyPayload(url.searchParams.get(SIGNATURE_PARAM)!, parcheminPublicKey());
    expect(verified.ok).toBe(true);
    expect(verified.ok && payloadMatches(verified.champs, parchemin)).toBe(true);
    expect(verified.ok && payloadMatches(verified.champs, { ...parchemin, prenoms: "Van Minh" })).toBe(false);
  });

  test("un parchemin sans numéro n'a pas de QR code", () => {
    expect(() => parcheminQrText({ ...parchemin, numero: null }, "https://ceres.travail.gouv.fr")).toThrow("sans numéro");
  });
});
