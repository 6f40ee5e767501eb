import { describe, expect, test } from "vitest";
import { sessionStatuts, type SessionStatut, type UserRole } from "@/db/schema";
import { formatSessionNumero } from "@/lib/sessions/numero";
import { availableTransitions, checkSessionTransition, juryTransition, SESSION_TRANSITIONS, type SessionTransition } from "@/lib/sessions/transitions";

// The whole machine as a table: for each state, the transitions that leave it and where they go.
const machine: Record<SessionStatut, Partial<Record<SessionTransition, SessionStatut>>> = {
  brouillon: { declarer: "declaree", annuler: "annulee" },
  declaree: { constituer_jury: "jury_constitue", annuler: "annulee" },
  jury_constitue: { defaire_jury: "declaree", saisir_resultats: "resultats_saisis", annuler: "annulee" },
  resultats_saisis: { transmettre: "transmise" },
  transmise: { renvoyer: "resultats_saisis", valider: "validee" },
  validee: {},
  annulee: {},
};

describe("machine d'états des sessions", () => {
  const transitions = Object.keys(SESSION_TRANSITIONS) as SessionTransition[];
  for (const from of sessionStatuts) {
    for (const transition of transitions) {
      const expected = machine[from][transition];
      test(`${from} —${transition}→ ${expected ?? "refusé"}`, () => {
        const result = checkSessionTransition(transition, from, "national", "motif");
        expect(result).toEqual(expected ? { ok: true, to: expected } : { ok: false, message: expect.stringContaining("Impossible") });
      });
    }
  }

  test.each<[SessionTransition, UserRole, boolean]>([
    ["valider", "centre", false],
    ["valider", "regional", true],
    ["renvoyer", "centre", false],
    ["renvoyer", "regional", true],
    ["annuler", "centre", true],
    ["declarer", "centre", true],
    ["transmettre", "centre", true],
  ])("%s par le rôle %s : %s", (transition, role, allowed) => {
    const from = SESSION_TRANSITIONS[transition].from[0];
    const result = checkSessionTransition(transition, from, role, "motif");
    expect(result.ok).toBe(allowed);
    if (!allowed) expect(result).toEqual({ ok: false, message: "Cette action n'est pas ouverte à votre rôle." });
  });

  test.each(["", "   ", null, undefined])("l'annulation et le renvoi demandent un motif (%j)", (motif) => {
    expect(checkSessionTransition("annuler", "declaree", "centre", motif)).toEqual({ ok: false, message: "Indiquez le motif." });
    expect(checkSessionTransition("renvoyer", "transmise", "regional", motif)).toEqual({ ok: false, message: "Indiquez le motif." });
    expect(checkSessionTransition("declarer", "brouillon", "centre", motif)).toEqual({ ok: true, to: "declaree" });
  });

  test("les boutons n'offrent ni les transitions automatiques ni celles d'un autre rôle", () => {
    expect(availableTransitions("brouillon", "centre")).toEqual(["declarer", "annuler"]);
    expect(availableTransitions("declaree", "centre")).toEqual(["annuler"]);
    expect(availableTransitions("jury_constitue", "centre")).toEqual(["saisir_resultats", "annuler"]);
    expect(availableTransitions("transmise", "centre")).toEqual([]);
    expect(availableTransitions("transmise", "regional")).toEqual(["renvoyer", "valider"]);
    expect(availableTransitions("validee", "national")).toEqual([]);
  });

  test.each<[SessionStatut, number, string | null]>([
    ["declaree", 1, null],
    ["declaree", 2, "constituer_jury"],
    ["declaree", 3, "constituer_jury"],
    ["jury_constitue", 2, null],
    ["jury_constitue", 1, "defaire_jury"],
    ["jury_constitue", 0, "defaire_jury"],
    ["brouillon", 2, null],
    ["resultats_saisis", 1, null],
  ])("jury de %s avec %i juré(s) → %s", (from, size, expected) => {
    expect(juryTransition(from, size)).toBe(expected);
  });
});

describe("numéro de session", () => {
  test.each<[number, string, number, string]>([
    [2027, "30", 42, "2027-30-00042"],
    [2027, "2A", 1, "2027-2A-00001"],
    [2028, "974", 99999, "2028-974-99999"],
    [2028, "01", 123456, "2028-01-123456"],
  ])("%i, %s, %i → %s", (annee, dep, seq, expected) => {
    expect(formatSessionNumero(annee, dep, seq)).toBe(expected);
  });
});
