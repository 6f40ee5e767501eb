import { eq, sql } from "drizzle-orm";
import { PgBoss } from "pg-boss";
import { describe, expect, test } from "vitest";
import { rowsOf, type Db } from "@/db/client";
import { auditEvents, candidatDoublons, doublonScans } from "@/db/schema";
import { SCAN_DOUBLONS_QUEUE, startBoss, workScans } from "@/lib/jobs/boss";
import { launchDuplicateScan, percentOf, startScanJobs } from "@/lib/candidats/scan/launch";
import { insertCandidats } from "../fixtures/doublons";
import { asCurrentUser, createUserRow } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";
import { databaseUrl } from "./support/urls";

const t = useTestDatabase();

async function plantPair(db: Db) {
  await insertCandidats(db, [
    { nomNaissance: "Nguyễn", prenoms: "Thị Hoa", dateNaissance: "1985-07-21", naissanceCommuneCode: "75056" },
    { nomNaissance: "NGUYEN", prenoms: "Hoa, Thi", dateNaissance: "1985-07-21", naissanceCommuneCode: "75056" },
  ]);
}

async function waitFor(db: Db, scanId: string, timeoutMs = 25_000) {
  const started = Date.now();
  for (;;) {
    const [run] = await db.select().from(doublonScans).where(eq(doublonScans.id, scanId));
    if (run && (run.statut === "termine" || run.statut === "echec")) return run;
    if (Date.now() - started > timeoutMs) throw new Error(`analyse ${scanId} toujours ${run?.statut}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function currentUrl(db: Db): Promise<string> {
  const [row] = rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`));
  return databaseUrl(row!.name);
}

describe("lancement de l'analyse", () => {
  test("réservée au national", async () => {
    const regional = { id: "00000000-0000-4000-8000-000000000001", email: "r@test.gouv.fr", prenom: "Rémi", nom: "RÉGION", role: "regional", regionCode: "76", departementCode: null } as const;
    const result = await launchDuplicateScan(regional, { db: t.db, driver: t.driver, migrate: async () => {}, close: async () => {} });
    expect(result).toMatchObject({ ok: false, code: "interdit" });
  });

  test.runIf(process.env.TEST_DB_DRIVER !== "postgres")("sur la base embarquée : en ligne, jusqu'au bout, une seule à la fois", async () => {
    await plantPair(t.db);
    const national = asCurrentUser(await createUserRow(t.db));
    const handle = { db: t.db, driver: t.driver, migrate: async () => {}, close: async () => {} };
    const launched = await launchDuplicateScan(national, handle);
    expect(launched.ok).toBe(true);
    if (!launched.ok) return;
    const second = await launchDuplicateScan(national, handle);
    expect(second).toMatchObject({ ok: false, code: "refuse" });
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, launched.data.scanId));
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["candidat.analyse_lancee", national.id]]);
    const run = await waitFor(t.db, launched.data.scanId);
    expect(run).toMatchObject({ statut: "termine", pairesTrouvees: 1 });
    expect(percentOf(run)).toBe(100);
    // A run a restart interrupted is run again at start.
    const [stuck] = await t.db.insert(doublonScans).values({ statut: "en_cours", avancement: 3, total: 11 }).returning();
    await startScanJobs(handle);
    expect(await waitFor(t.db, stuck!.id)).toMatchObject({ statut: "termine" });
  });
});

describe.runIf(process.env.TEST_DB_DRIVER === "postgres")("file pg-boss sur PostgreSQL", () => {
  test("le travail mis en file avant un redémarrage est fait par le travailleur suivant", async () => {
    await plantPair(t.db);
    const url = await currentUrl(t.db);
    // A first server queues the job and stops before any worker took it.
    const first = await startBoss(url);
    const [scan] = await t.db.insert(doublonScans).values({}).returning();
    const jobId = await first.send(SCAN_DOUBLONS_QUEUE, { scanId: scan!.id });
    expect(jobId).toBeTruthy();
    await first.stop({ graceful: false });
    const [queued] = await t.db.select().from(doublonScans).where(eq(doublonScans.id, scan!.id));
    expect(queued!.statut).toBe("en_attente");

    // The next one starts its worker: the job is still there and runs.
    const second: PgBoss = await startBoss(url);
    try {
      await workScans(second, t.db);
      const run = await waitFor(t.db, scan!.id);
      expect(run).toMatchObject({ statut: "termine", pairesTrouvees: 1 });
      expect(run.avancement).toBe(run.total);
      expect(await t.db.select().from(candidatDoublons)).toHaveLength(1);
    } finally {
      await second.stop({ graceful: false });
    }
  });
});
