import { describe, expect, test } from "vitest";
import { canHoldSession, type AgrementFacts } from "@/lib/agrements/can-create-session";

const FIN = "2024-07-01";
const accepted = (over: Partial<AgrementFacts> = {}): AgrementFacts => ({ id: "a1", statut: "acceptee", siteId: "s1", validFrom: "2020-01-01", validTo: FIN, ...over });
const cfa = [{ typeCentre: "CFA", validFrom: "2019-01-01" }];

describe("R1 sur tous les jours d'une session (accès d'un centre à la liste des jurés à convoquer)", () => {
  test.each([
    ["agrément valide sur les deux jours", [accepted()], [], "2024-03-01", "2024-03-02", true],
    ["aucun agrément", [], [], "2024-03-01", "2024-03-01", false],
    ["agrément en instruction", [accepted({ statut: "en_instruction" })], [], "2024-03-01", "2024-03-01", false],
    ["agrément qui finit le premier jour", [accepted({ validTo: "2024-03-01" })], [], "2024-03-01", "2024-03-02", false],
    ["agrément qui commence le dernier jour", [accepted({ validFrom: "2024-03-02" })], [], "2024-03-01", "2024-03-02", false],
    ["deux sites, chacun valide sur un seul des jours", [accepted({ validTo: "2024-03-01" }), accepted({ id: "a2", siteId: "s2", validFrom: "2024-03-02" })], [], "2024-03-01", "2024-03-02", false],
    ["un site sur les deux, valide sur tous les jours", [accepted({ statut: "refusee" }), accepted({ id: "a2", siteId: "s2" })], [], "2024-03-01", "2024-03-02", true],
    ["session à cheval sur la fin de vie, centre sans type", [accepted()], [], FIN, "2024-07-02", false],
    ["session à cheval sur la fin de vie, CFA", [accepted()], cfa, FIN, "2024-07-02", true],
    ["29 février d'une année bissextile", [accepted({ validTo: "2024-02-29" })], [], "2024-02-28", "2024-02-29", true],
    ["dernier jour avant le premier", [accepted()], [], "2024-03-02", "2024-03-01", false],
  ])("%s → %s", (_title, agrements, types, debut, fin, expected) => {
    expect(canHoldSession({ finDeVie: FIN, agrements, types }, debut, fin)).toBe(expected);
  });
});
