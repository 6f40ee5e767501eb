import { describe, expect, test } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toCurrentUser } from "@/lib/auth/current-user";
import { navigationFor, navigationHrefs } from "@/lib/navigation";
import { canAdministerUsers, selfChangeRefusal } from "@/lib/users/permissions";
import { createUserSchema } from "@/lib/users/schemas";

const base = { id: "u1", email: "a@b.fr", prenom: "A", nom: "B" };
const national: CurrentUser = { ...base, role: "national" };
const regional: CurrentUser = { ...base, role: "regional", regionCode: "76", departementCode: null };
const centre: CurrentUser = { ...base, role: "centre", centreId: "c1" };

function fieldErrors(input: Record<string, unknown>) {
  const parsed = createUserSchema.safeParse({ prenom: "Jean", nom: "Durand", email: "jean.durand@travail.gouv.fr", ...input });
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("formulaire d'utilisateur", () => {
  test.each([
    [{ email: "pas-une-adresse", role: "national" }, "email", "Saisissez une adresse électronique valide, par exemple prenom.nom@travail.gouv.fr."],
    [{ email: "", role: "national" }, "email", "Saisissez l'adresse électronique."],
    [{ role: "regional" }, "regionCode", "Choisissez la région de rattachement de l'agent."],
    [{ role: "centre" }, "centreSiret", "Saisissez le SIRET du centre de l'utilisateur."],
    [{ role: "centre", centreSiret: "1234" }, "centreSiret", "Un SIRET compte 14 chiffres."],
    [{ role: "national", password: "court" }, "password", "Le mot de passe doit compter au moins 12 caractères."],
    [{ role: "chef" }, "role", "Choisissez un rôle."],
    [{ role: "national", prenom: " " }, "prenom", "Saisissez le prénom."],
  ])("%j → erreur sur %s", (input, field, message) => {
    expect(fieldErrors(input)[field as keyof ReturnType<typeof fieldErrors>]).toEqual([message]);
  });

  test("accepte un agent d'UD et normalise les champs vides", () => {
    const parsed = createUserSchema.parse({ prenom: "Jean", nom: "Durand", email: " jean@x.fr ", role: "regional", regionCode: "76", departementCode: "", password: "" });
    expect(parsed).toMatchObject({ email: "jean@x.fr", departementCode: null, password: null, centreSiret: null });
  });
});

describe("droits d'administration des comptes", () => {
  test.each([
    [national, true],
    [regional, false],
    [centre, false],
  ])("%j peut administrer : %s", (user, expected) => {
    expect(canAdministerUsers(user)).toBe(expected);
  });

  test.each([
    [{ targetId: "u1", active: false }, "Vous ne pouvez pas désactiver votre propre compte."],
    [{ targetId: "u1", role: "regional" }, "Vous ne pouvez pas modifier votre propre rôle."],
    [{ targetId: "u1", role: "national" }, null],
    [{ targetId: "u2", active: false }, null],
  ])("%j → %s", (change, expected) => {
    expect(selfChangeRefusal(national, change)).toBe(expected);
  });
});

describe("utilisateur courant", () => {
  const row = { ...base, regionCode: null, departementCode: null, centreId: null, active: true };
  test.each([
    [{ ...row, role: "national" as const }, { role: "national" }],
    [{ ...row, role: "regional" as const, regionCode: "76", departementCode: "30" }, { role: "regional", regionCode: "76", departementCode: "30" }],
    [{ ...row, role: "centre" as const, centreId: "c9" }, { role: "centre", centreId: "c9" }],
  ])("%j", (input, expected) => {
    expect(toCurrentUser(input)).toMatchObject(expected);
  });

  test.each([
    [{ ...row, role: "national" as const, active: false }],
    [{ ...row, role: "regional" as const }],
    [{ ...row, role: "centre" as const }],
  ])("un compte désactivé ou sans rattachement n'ouvre aucune session : %j", (input) => {
    expect(toCurrentUser(input)).toBeNull();
  });

  test("la navigation dépend du rôle", () => {
    const referentiels = ["/referentiels/communes", "/referentiels/territoires", "/referentiels/nsf"];
    expect(navigationHrefs(navigationFor(national))).toEqual(["/", "/sessions", "/validations", "/candidats", "/centres", "/agrements", "/agrements/import", "/titres", "/jures", ...referentiels, "/utilisateurs"]);
    expect(navigationHrefs(navigationFor(regional))).toEqual(["/", "/sessions", "/validations", "/candidats", "/centres", "/agrements", "/agrements/import", "/titres", "/jures", ...referentiels]);
    expect(navigationHrefs(navigationFor(centre))).toEqual(["/", "/sessions", "/candidats", "/centres/c1", "/titres", "/jures/a-convoquer", ...referentiels]);
  });
});
