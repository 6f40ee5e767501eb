import { describe, expect, test } from "vitest";
import { actionLabel, fieldLabels, formatAuditValue } from "@/lib/audit/labels";

describe("l'historique d'une session se lit en français", () => {
  test.each([
    ["statut", "declaree", "Déclarée"],
    ["statut", "jury_constitue", "Jury constitué"],
    ["statut", "acceptee", "Acceptée"],
    ["type", "ccp", "Session CCP"],
    ["convocationAt", "2027-03-29T06:00:00.000Z", "29/03/2027 à 08:00"],
    ["convocationAt", "2027-10-30T06:00:00.000Z", "30/10/2027 à 08:00"],
    ["dateDebut", "2028-02-29", "29/02/2028"],
    ["convocationSaisie", false, "non"],
  ])("%s = %s → %s", (field, value, shown) => {
    expect(formatAuditValue(value, field)).toBe(shown);
  });

  test("les champs et les actions des sessions ont un nom", () => {
    for (const field of ["heureDebut", "convocationAt", "capacite", "ccpIds", "siteId", "dateDebut", "dateFin"]) expect(fieldLabels[field]).toBeTruthy();
    expect(actionLabel("session.declarer")).toBe("Déclaration de la session");
    expect(actionLabel("session.annuler")).toBe("Annulation de la session");
  });
});
