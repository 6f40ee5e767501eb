import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { inscriptions, resultatCcps, resultats } from "@/db/schema";
import { createScopeCast } from "../fixtures/factories";
import { createSessionAvecCandidats, writeResultatRow } from "../fixtures/resultats";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

test("la fixture des résultats crée une session de cinq candidats, deux jurés, trois CCP, et écrit un résultat", async () => {
  const cast = await createScopeCast(t.db);
  const s = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id });
  expect(s.ccps.map((c) => c.numero)).toEqual([1, 2, 3]);
  expect(await t.db.select().from(inscriptions).where(eq(inscriptions.sessionId, s.session.id))).toHaveLength(5);
  await writeResultatRow(t.db, s.inscriptions[0]!.id, s.ccps, { decision: "partiel", issues: { 1: "acquis", 2: "non_acquis", 3: "non_presente" } });
  expect(await t.db.select().from(resultats)).toMatchObject([{ decision: "partiel", presence: "present" }]);
  expect(await t.db.select().from(resultatCcps)).toHaveLength(3);
});
