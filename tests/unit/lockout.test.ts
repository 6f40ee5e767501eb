import { describe, expect, test } from "vitest";
import { afterFailure, afterSuccess, isLocked, minutesLeft, type LockoutState } from "@/lib/auth/lockout";

const t0 = new Date("2026-11-30T09:00:00Z");
const plus = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const clean: LockoutState = afterSuccess;

function failAt(...minutes: number[]): LockoutState {
  return minutes.reduce((state, m) => afterFailure(state, plus(m)), clean);
}

describe("verrouillage après échecs de connexion", () => {
  test.each([
    ["4 échecs en 15 minutes ne verrouillent pas", [0, 1, 2, 3], false],
    ["5 échecs en 15 minutes verrouillent", [0, 1, 2, 3, 4], true],
    ["5 échecs dont le premier date de 15 minutes pile repartent de zéro", [0, 5, 10, 14, 15], false],
    ["5 échecs à 14 min 59 s d'écart verrouillent", [0, 5, 10, 14, 14.98], true],
  ])("%s", (_title, minutes, locked) => {
    const state = failAt(...minutes);
    expect(isLocked(state, plus(minutes.at(-1)!))).toBe(locked);
  });

  test("le verrouillage dure 15 minutes puis tombe de lui-même", () => {
    const state = failAt(0, 1, 2, 3, 4);
    expect(state.lockedUntil).toEqual(plus(19));
    expect(isLocked(state, plus(18.99))).toBe(true);
    expect(isLocked(state, plus(19))).toBe(false);
  });

  test("le compteur repart de zéro après le verrouillage", () => {
    const state = failAt(0, 1, 2, 3, 4);
    expect(state.failedLoginCount).toBe(0);
    expect(afterFailure(state, plus(20)).failedLoginCount).toBe(1);
  });

  test.each([
    [15 * 60_000, 15],
    [60_001, 2],
    [1, 1],
  ])("message : %i ms restantes → %i minute(s)", (ms, expected) => {
    expect(minutesLeft(new Date(t0.getTime() + ms), t0)).toBe(expected);
  });
});
