import { describe, expect, test } from "vitest";
import { capitalisesPour, type AcquisValide } from "@/lib/resultats/capitalisation";

// Oldest session first, ties highest number first: the order loadAcquisValides reads them in.
const acquis: AcquisValide[] = [
  { candidatId: "nguyen", ccpId: "c1", sessionId: "s1", sessionNumero: "2026-30-00001", titreVersionId: "v1", dateDebut: "2026-03-02" },
  { candidatId: "nguyen", ccpId: "c2", sessionId: "s3", sessionNumero: "2026-30-00003", titreVersionId: "v1", dateDebut: "2026-06-01" },
  { candidatId: "nguyen", ccpId: "c1", sessionId: "s2", sessionNumero: "2026-30-00002", titreVersionId: "v1", dateDebut: "2026-06-01" },
  { candidatId: "nguyen", ccpId: "c3", sessionId: "s4", sessionNumero: "2026-30-00004", titreVersionId: "v2", dateDebut: "2026-01-05" },
  { candidatId: "orsted", ccpId: "c3", sessionId: "s5", sessionNumero: "2026-30-00005", titreVersionId: "v1", dateDebut: "2026-01-05" },
];

describe("capitalisation (R10)", () => {
  test.each([
    ["une session antérieure de la même version compte ; la première qui l'a donné est citée", { id: "cible", titreVersionId: "v1", dateDebut: "2026-09-01" }, [["c1", "2026-30-00001"], ["c2", "2026-30-00003"]]],
    // Strictly earlier: the saisie, the PV, the validation and the rectification read the same CCPs.
    ["une session validée du même jour n'est pas antérieure et ne compte pas", { id: "cible", titreVersionId: "v1", dateDebut: "2026-06-01" }, [["c1", "2026-30-00001"]]],
    ["la session elle-même ne compte jamais", { id: "s3", titreVersionId: "v1", dateDebut: "2026-06-01" }, [["c1", "2026-30-00001"]]],
    ["une autre version ne compte pas", { id: "cible", titreVersionId: "v2", dateDebut: "2026-01-05" }, []],
    ["une session postérieure ne compte pas", { id: "cible", titreVersionId: "v1", dateDebut: "2026-03-01" }, []],
  ])("%s", (_, session, attendu) => {
    expect([...capitalisesPour(acquis, "nguyen", session).values()].map((c) => [c.ccpId, c.sessionNumero])).toEqual(attendu);
  });
});
