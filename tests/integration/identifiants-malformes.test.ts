import { describe, expect, test } from "vitest";
import { getAgrementForUser, listAgrementHistoryForUser, listAgrementsOfCentreForUser, listOpenableVersionsForCentre } from "@/lib/agrements/queries";
import { getCentreForUser, listCentreHistoryForUser } from "@/lib/centres/queries";
import { resolveConvocationCriteria } from "@/lib/jures/convocation-criteria";
import { getHabilitationForUser, getJureForUser, listHabilitationHistoryForUser, listJureHistoryForUser } from "@/lib/jures/queries";
import { getDepartement, listDepartementHistory } from "@/lib/territoires/queries";
import { getTitreForUser, listTitreHistoryForUser } from "@/lib/titres/queries";
import { getUserForUser, listUserHistoryForUser } from "@/lib/users/queries";
import { createScopeCast } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

// Each of these reaches a uuid column: PostgreSQL refuses the cast ("invalid input syntax for type uuid")
// and the page answered 500 instead of 404.
const MALFORMES = ["pas-un-uuid", "-".repeat(36), "0".repeat(36), "00000000-0000-0000-0000-00000000000g", "Nguyễn", "0a1b2c3d-0000-0000-0000-000000000000'; --"];

const loaders = {
  getCentreForUser,
  listCentreHistoryForUser,
  listAgrementsOfCentreForUser,
  listOpenableVersionsForCentre,
  getAgrementForUser,
  listAgrementHistoryForUser,
  getJureForUser,
  listJureHistoryForUser,
  getHabilitationForUser,
  listHabilitationHistoryForUser,
  getTitreForUser,
  listTitreHistoryForUser,
  getUserForUser,
  listUserHistoryForUser,
} as const;

describe("un identifiant mal formé dans l'adresse donne « introuvable » (404), jamais une erreur (500)", () => {
  test.each(Object.keys(loaders) as (keyof typeof loaders)[])("%s", async (name) => {
    const { national } = await createScopeCast(t.db);
    for (const id of MALFORMES) {
      await expect(loaders[name](national, id, t.db), `${name}(${JSON.stringify(id)})`).resolves.toBeNull();
    }
  });

  test("un code de département mal formé", async () => {
    const { national } = await createScopeCast(t.db);
    for (const code of ["pas-un-code", "%", "3".repeat(300)]) {
      expect(await getDepartement(national, code, t.db)).toBeNull();
      expect(await listDepartementHistory(national, code, t.db)).toBeNull();
    }
  });

  test("une version mal formée dans les critères de la liste des jurés à convoquer", async () => {
    const { national, centreGard } = await createScopeCast(t.db);
    const resolved = await resolveConvocationCriteria(national, { version: "-".repeat(36), du: "2026-03-10", siret: centreGard.siret }, t.db);
    expect(resolved).toMatchObject({ state: "incomplet", errors: { version: "Choisissez la version du titre de la session." } });
  });
});
