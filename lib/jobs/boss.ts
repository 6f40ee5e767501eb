import { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";

/**
 * Background jobs on PostgreSQL through pg-boss: jobs live in the database (schema "pgboss"), so a job sent
 * before a restart is still there after it and the next worker takes it. On the embedded database (PGlite,
 * no pg-boss) the same job functions run inline instead (see lib/candidats/scan/launch.ts).
 */
export const SCAN_DOUBLONS_QUEUE = "candidats-doublons-scan";

export type ScanJobData = { scanId: string };

/** A started pg-boss on a database, with the queues of the application created. */
export async function startBoss(connectionString: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, max: 2 });
  boss.on("error", (error) => console.error("pg-boss :", error));
  await boss.start();
  if (!(await boss.getQueue(SCAN_DOUBLONS_QUEUE))) {
    // A scan of a million records takes about a minute; one that outlives 30 minutes is presumed dead and retried.
    await boss.createQueue(SCAN_DOUBLONS_QUEUE, { expireInSeconds: 30 * 60, retryLimit: 2 });
  }
  return boss;
}

/** Runs the duplicate scans queued (one at a time) with this database. */
export async function workScans(boss: PgBoss, db: Db): Promise<void> {
  const { runDuplicateScan } = await import("@/lib/candidats/scan/run-scan");
  await boss.work<ScanJobData>(SCAN_DOUBLONS_QUEUE, { pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await runDuplicateScan(db, job.data.scanId);
  });
}

// Next evaluates a module once per bundle: the server's one pg-boss lives on globalThis, like the database.
const globalForJobs = globalThis as unknown as { __ceresBoss?: Promise<PgBoss> };

/**
 * The server's pg-boss with its workers, started on first use (instrumentation starts it at boot, so that jobs
 * queued before a restart run again). Null on the embedded database.
 */
export function getServerBoss(): Promise<PgBoss> | null {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  globalForJobs.__ceresBoss ??= (async () => {
    const { getDb } = await import("@/db/client");
    const boss = await startBoss(url);
    await workScans(boss, getDb());
    return boss;
  })().catch((error: unknown) => {
    globalForJobs.__ceresBoss = undefined;
    throw error;
  });
  return globalForJobs.__ceresBoss;
}
