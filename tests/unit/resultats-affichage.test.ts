import { expect, test } from "vitest";
import { attenteLabel, celluleCcp } from "@/lib/resultats/affichage";

const evalues = ["c1", "c2"];

test.each([
  ["acquis à la session", { issues: { c1: "acquis" as const }, acquisAnterieurs: [] }, "c1", "Acquis", false],
  ["acquis à la session et déjà capitalisé : l'acquis de la session", { issues: { c1: "acquis" as const }, acquisAnterieurs: ["c1"] }, "c1", "Acquis", false],
  ["non acquis ici mais acquis dans une session validée antérieure", { issues: { c1: "non_acquis" as const }, acquisAnterieurs: ["c1"] }, "c1", "Capitalisé", true],
  ["non évalué par la session CCP mais capitalisé", { issues: {}, acquisAnterieurs: ["c3"] }, "c3", "Capitalisé", true],
  ["non évalué par la session CCP", { issues: {}, acquisAnterieurs: [] }, "c3", "Non évalué", false],
  ["non présenté", { issues: { c2: "non_presente" as const }, acquisAnterieurs: [] }, "c2", "Non présenté", false],
  ["rien de saisi", { issues: {}, acquisAnterieurs: [] }, "c2", "—", false],
])("%s", (_label, candidat, ccpId, label, capitalise) => {
  expect(celluleCcp(candidat, ccpId, evalues)).toEqual({ label, capitalise });
});

test.each([
  [null, "—"],
  ["2027-03-20T08:00:00Z", "depuis aujourd'hui"],
  ["2027-03-19T08:00:00Z", "depuis 1 jour"],
  ["2027-03-08T09:00:00Z", "depuis 12 jours"],
])("attente d'une session transmise le %s", (transmiseAt, label) => {
  expect(attenteLabel(transmiseAt, new Date("2027-03-20T10:00:00Z"))).toBe(label);
});
