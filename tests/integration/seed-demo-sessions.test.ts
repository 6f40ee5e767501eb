import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { centres, habilitations, jures, pays, sessionJures, sessions, titres, titreVersions, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_CFA, DEMO_JURE_PROLONGE, DEMO_VERSION_PROLONGEE } from "@/db/seed/demo-prolongation";
import { DEMO_JURE_SECOND } from "@/db/seed/demo-sessions";
import { queryConvocationList } from "@/lib/jures/convocation-query";
import { getHabilitationForUser } from "@/lib/jures/queries";
import { listSessionsForUser } from "@/lib/sessions/list-query";
import { getSessionForUser } from "@/lib/sessions/load";
import { seedCommunes } from "@/db/seed/referentiels";
import { asCurrentUser, seedReference, seedTitresReference } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const TODAY = "2026-12-03";

async function account(email: string) {
  const [row] = await t.db.select().from(users).where(eq(users.email, email));
  return asCurrentUser(row!);
}

const page = { page: 1, pageSize: 20, sort: "dateDebut" as const, dir: "asc" as const, filters: {} };

describe("la démonstration des sessions", () => {
  test("un second juré pour le CFA en prolongation, deux sessions de 16 30 FORMATION créées par le cas d'usage (R1, R4), rien de plus au second chargement", async () => {
    await seedReference(t.db);
    await seedTitresReference(t.db);
    // The sessions take the département of their site's commune.
    await t.db.transaction((tx) => seedCommunes(tx));
    // BENALI Nadia, née à Casablanca, attend le référentiel des pays.
    await t.db.insert(pays).values({ code: "MA", nom: "Maroc", searchName: "maroc" });
    const first = await t.db.transaction((tx) => seedDemo(tx, TODAY));
    expect(first).toEqual(expect.arrayContaining([{ table: "jurés TP-01281 (démo)", inserted: 1, updated: 0 }, { table: "sessions (démo)", inserted: 2, updated: 0 }]));
    const again = await t.db.transaction((tx) => seedDemo(tx, TODAY));
    expect(again.filter((c) => c.inserted > 0)).toEqual([]);

    // The second juror is habilitated until the fin de vie, prolonged 24 months (R3) like NGUYỄN Thị Mai.
    const [second] = await t.db
      .select({ id: habilitations.id })
      .from(habilitations)
      .innerJoin(jures, eq(jures.id, habilitations.jureId))
      .innerJoin(titreVersions, eq(titreVersions.id, habilitations.titreVersionId))
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(and(eq(jures.nomNaissance, DEMO_JURE_SECOND.nomNaissance), eq(titres.code, DEMO_VERSION_PROLONGEE.code), eq(titreVersions.millesime, DEMO_VERSION_PROLONGEE.millesime)));
    const screen = await getHabilitationForUser(await account("ud34@ceres.demo"), second!.id, t.db);
    expect(screen!.status).toMatchObject({ finEnregistree: "2026-06-01", finProlongee: "2028-06-01" });

    // The CFA's R4 list for a session in its prolongation: both jurors eligible, so it can convene two.
    const cfa = await account("cfa.garrigues@ceres.demo");
    const [cfaRow] = await t.db.select({ id: centres.id }).from(centres).where(eq(centres.siret, DEMO_CFA.siret));
    const [version] = await t.db
      .select({ id: titreVersions.id })
      .from(titreVersions)
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(and(eq(titres.code, DEMO_VERSION_PROLONGEE.code), eq(titreVersions.millesime, DEMO_VERSION_PROLONGEE.millesime)));
    const list = await queryConvocationList(cfa, { titreVersionId: version!.id, debut: "2026-12-14", fin: "2026-12-15", centreId: cfaRow!.id }, { page: 1, pageSize: 20, sort: "nom", dir: "asc", filters: {} }, t.db);
    expect(list!.rows.filter((r) => r.eligible).map((r) => `${r.nomNaissance} ${r.prenoms}`).sort()).toEqual([`${DEMO_JURE_SECOND.nomNaissance} ${DEMO_JURE_SECOND.prenoms}`, `${DEMO_JURE_PROLONGE.nomNaissance} ${DEMO_JURE_PROLONGE.prenoms}`].sort());

    // 16 30 FORMATION: a session in three weeks with its jury (ROUX and BENALI; GARCIA, its trainer, is not
    // convened), a draft in six weeks; numbered in the Gard for the year of creation.
    const centre1630 = await account("centre.1630@ceres.demo");
    // From today on: the sessions of the results demo (issue 12) are in the past.
    const aVenir = { ...page, filters: { du: TODAY } };
    const own = await listSessionsForUser(centre1630, aVenir, t.db);
    expect(own.rows.map((r) => [r.numero, r.statut, r.dateDebut, r.dateFin, r.jurorsCount])).toEqual([
      ["2026-30-00001", "jury_constitue", "2026-12-24", "2026-12-25", 2],
      ["2026-30-00002", "brouillon", "2027-01-14", "2027-01-14", 0],
    ]);
    const jury = await t.db
      .select({ nom: jures.nomNaissance })
      .from(sessionJures)
      .innerJoin(jures, eq(jures.id, sessionJures.jureId))
      .where(and(eq(sessionJures.sessionId, own.rows[0]!.id), isNull(sessionJures.retireAt)))
      .orderBy(jures.nomNaissance);
    expect(jury.map((j) => j.nom)).toEqual(["BENALI", "ROUX"]);
    const [declared] = await t.db.select().from(sessions).where(eq(sessions.id, own.rows[0]!.id));
    expect(declared).toMatchObject({ heureDebut: "08:00", convocationSaisie: false, convocationAt: new Date("2026-12-24T07:00:00.000Z") });

    // Scope (R9): the UD of the Gard sees them; the CFA and the UD of the Hérault do not.
    expect((await listSessionsForUser(await account("ud30@ceres.demo"), aVenir, t.db)).total).toBe(2);
    expect((await listSessionsForUser(await account("ud34@ceres.demo"), page, t.db)).total).toBe(0);
    expect(await getSessionForUser(cfa, own.rows[0]!.id, t.db)).toBeNull();
    expect((await listSessionsForUser(await account("centre.lyon@ceres.demo"), page, t.db)).total).toBe(0);
  }, 120_000);
});
