import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { habilitations, jures, pays, titres, titreVersions } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { seedTerritoires } from "@/db/seed/territoires";
import { getHabilitationForUser } from "@/lib/jures/queries";
import { createUserRow, asCurrentUser } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

describe("données de démonstration des jurés", () => {
  test("l'écran d'habilitation que les utilisateurs connaissent, sans doublon au second chargement", async () => {
    await t.db.transaction(async (tx) => {
      await seedTerritoires(tx);
      await tx.insert(pays).values({ code: "MA", nom: "Maroc", searchName: "maroc" });
      const [titre] = await tx.insert(titres).values({ code: "TP-00391", intitule: "Assistant(e) de vie aux familles" }).returning();
      await tx.insert(titreVersions).values([
        { titreId: titre!.id, dateVersion: "2011-03-16" },
        { titreId: titre!.id, millesime: "07", dateVersion: "2023-07-04" },
      ]);
      await seedDemo(tx);
    });
    const again = await t.db.transaction((tx) => seedDemo(tx));
    expect(again.find((c) => c.table === "jures (démo)")).toEqual({ table: "jures (démo)", inserted: 0, updated: 0 });
    expect(await t.db.$count(jures)).toBe(4);
    // ROUX and BENALI are habilitated for both ADVF versions (the results demo is held on the 2011 one).
    expect(await t.db.$count(habilitations)).toBe(6);

    const [lambert] = await t.db.select({ id: habilitations.id }).from(habilitations).innerJoin(jures, eq(jures.id, habilitations.jureId)).where(eq(jures.nomNaissance, "LAMBERT"));
    const ud30 = asCurrentUser(await createUserRow(t.db, { role: "regional", regionCode: "76", departementCode: "30" }));
    expect(await getHabilitationForUser(ud30, lambert!.id, t.db)).toMatchObject({
      label: "TP-00391 Assistant(e) de vie aux familles (16/03/2011)",
      civilite: "Madame",
      dateDebutEmploi: "1998-12-31",
      dateDerniereOccupation: "2015-11-18",
      dateProfessionnalisation: null,
      commentaires: "A suivi la formation membre de jury le 25/11/2015",
      status: { finEnregistree: "2020-11-18", finProlongee: null, periodes: [{ debut: "2015-11-18", fin: "2020-11-18" }] },
    });
  });
});
