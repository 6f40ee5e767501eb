import { describe, expect, test } from "vitest";
import { sessionStatuts } from "@/db/schema";
import { checkEligibility } from "@/lib/jures/eligibility";
import { ineligibilityText, juryClosedReason } from "@/lib/sessions/jury-messages";
import { JURY_MODIFIABLE } from "@/lib/sessions/transitions";

describe("le jury se modifie-t-il dans cet état ?", () => {
  test.each(sessionStatuts.map((s) => [s] as const))("%s", (statut) => {
    const reason = juryClosedReason(statut);
    expect(reason === null).toBe(JURY_MODIFIABLE.includes(statut));
    if (statut === "brouillon") expect(reason).toMatch(/^Déclarez la session pour convoquer le jury/);
  });
});

describe("le refus nomme le juré et chacune de ses raisons", () => {
  const session = { debut: "2027-05-12", fin: "2027-05-13", centreId: "c1" };
  test.each([
    [
      "lié et déjà convoqué",
      { periodes: [{ debut: "2020-01-01", fin: "2027-12-31" }], liens: [{ centreId: "c1", type: "salarie", debut: "2026-01-01", fin: null }], convocations: [{ debut: "2027-05-13", fin: "2027-05-14" }] },
      "NGUYỄN Thị Mai : Lié au centre de la session (salarié) ; Déjà convoqué à une autre session sur ces dates",
    ],
    ["non habilité", { periodes: [], liens: [], convocations: [] }, "NGUYỄN Thị Mai : Non habilité pour cette version du titre"],
    [
      "habilitation trop courte",
      { periodes: [{ debut: "2020-01-01", fin: "2027-05-12" }], liens: [], convocations: [] },
      "NGUYỄN Thị Mai : Habilitation valable jusqu'au 12/05/2027, avant le dernier jour de la session",
    ],
  ] as const)("%s", (_, facts, attendu) => {
    const verdict = checkEligibility({ session, finDeVie: null, periodes: [...facts.periodes], liens: [...facts.liens], convocations: [...facts.convocations] });
    expect(ineligibilityText({ nomNaissance: "NGUYỄN", nomUsage: null, prenoms: "Thị Mai" }, verdict, session)).toBe(attendu);
  });
});
