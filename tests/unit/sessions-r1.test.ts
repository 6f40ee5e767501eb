import { describe, expect, test } from "vitest";
import type { AgrementFacts, TypeFact } from "@/lib/agrements/can-create-session";
import { checkR1ForSession } from "@/lib/sessions/r1-days";

const SITE_A = "site-a";
const SITE_B = "site-b";
const TITRE = "TP-01281 Agent de restauration (millésime 03)";

const agrement = (overrides: Partial<AgrementFacts> = {}): AgrementFacts => ({ id: "agr-a", statut: "acceptee", siteId: SITE_A, validFrom: "2020-01-01", validTo: "2025-06-30", ...overrides });
const cfa: TypeFact[] = [{ typeCentre: "CFA", validFrom: "2019-05-01" }];

function check(dateDebut: string, dateFin: string, options: { types?: TypeFact[]; finDeVie?: string | null; agrements?: AgrementFacts[]; siteId?: string } = {}) {
  return checkR1ForSession({
    facts: { finDeVie: options.finDeVie === undefined ? "2025-06-30" : options.finDeVie, agrements: options.agrements ?? [agrement()], types: options.types ?? cfa },
    siteId: options.siteId ?? SITE_A,
    titreLabel: TITRE,
    siteLabel: options.siteId === SITE_B ? "Annexe de Nîmes" : "Plateau de Bagnols",
    dateDebut,
    dateFin,
  });
}

describe("R1 appliquée à chaque jour de la session, pour la version et le site", () => {
  test.each([
    ["avant la fin de vie", "2025-06-30", "2025-06-30", { ok: true, agrementId: "agr-a", enProlongation: false }],
    ["CFA : dernier jour de la prolongation de 24 mois", "2027-06-30", "2027-06-30", { ok: true, agrementId: "agr-a", enProlongation: true }],
    ["CFA : session de deux jours entrant dans la prolongation", "2025-06-30", "2025-07-01", { ok: true, agrementId: "agr-a", enProlongation: true }],
  ])("%s : accepté", (_, debut, fin, expected) => {
    expect(check(debut, fin)).toEqual(expected);
  });

  test("CFA : le lendemain du dernier jour de prolongation est refusé, même au deuxième jour d'une session", () => {
    expect(check("2027-07-01", "2027-07-01")).toEqual({
      ok: false,
      date: "2027-07-01",
      message: `${TITRE}, au 01/07/2027 : cette version du titre a atteint sa fin de vie le 30/06/2025 : plus aucune session ne peut être créée.`,
    });
    expect(check("2027-06-30", "2027-07-01")).toMatchObject({ ok: false, date: "2027-07-01" });
  });

  test("un CFA dont le type a été enregistré le lendemain de la session n'a pas de prolongation", () => {
    const result = check("2026-03-10", "2026-03-10", { types: [{ typeCentre: "CFA", validFrom: "2026-03-11" }] });
    expect(result).toMatchObject({ ok: false, date: "2026-03-10" });
    expect(result.ok || result.message).toMatch(/^Type de centre non renseigné : pas de prolongation\./);
    // Recorded the day of the session, it counts.
    expect(check("2026-03-10", "2026-03-10", { types: [{ typeCentre: "CFA", validFrom: "2026-03-10" }] })).toMatchObject({ ok: true, enProlongation: true });
  });

  test("un centre sans type n'a pas de prolongation ; un centre AFPA non plus, pour une autre raison", () => {
    expect(check("2025-07-01", "2025-07-01", { types: [] })).toMatchObject({ ok: false, message: expect.stringMatching(/^Type de centre non renseigné : pas de prolongation/) });
    expect(check("2025-07-01", "2025-07-01", { types: [{ typeCentre: "AFPA", validFrom: "2010-01-01" }] })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Seuls les CFA et les CRP"),
    });
  });

  test("un site sans agrément, alors qu'un autre site du centre en a un : refus qui nomme le titre, le site et le jour", () => {
    expect(check("2025-05-12", "2025-05-12", { siteId: SITE_B })).toEqual({
      ok: false,
      date: "2025-05-12",
      message: `Le centre n'a pas d'agrément valide pour ${TITRE} sur le site Annexe de Nîmes au 12/05/2025 (l'agrément du centre pour cette version du titre porte sur un autre site).`,
    });
  });

  test("un agrément qui expire pendant la session : refusé au premier jour non couvert", () => {
    const agrements = [agrement({ validTo: "2027-05-11" })];
    expect(check("2027-05-10", "2027-05-12", { finDeVie: null, agrements })).toEqual({
      ok: false,
      date: "2027-05-12",
      message: `Le centre n'a pas d'agrément valide pour ${TITRE} sur le site Plateau de Bagnols au 12/05/2027 (l'agrément de ce site a expiré le 11/05/2027).`,
    });
  });

  test("29 février : un agrément valable jusqu'au 29/02/2028 couvre ce jour et pas le lendemain", () => {
    const agrements = [agrement({ validTo: "2028-02-29" })];
    expect(check("2028-02-29", "2028-02-29", { finDeVie: null, agrements })).toMatchObject({ ok: true });
    expect(check("2028-02-28", "2028-03-01", { finDeVie: null, agrements })).toMatchObject({ ok: false, date: "2028-03-01" });
  });

  test("l'agrément gardé est celui du premier jour", () => {
    const agrements = [agrement({ id: "ancien", validTo: "2027-05-10" }), agrement({ id: "nouveau", validFrom: "2027-05-11", validTo: null })];
    expect(check("2027-05-10", "2027-05-11", { finDeVie: null, agrements })).toEqual({ ok: true, agrementId: "ancien", enProlongation: false });
  });
});
