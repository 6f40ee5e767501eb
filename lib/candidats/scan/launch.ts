import { and, desc, inArray } from "drizzle-orm";
import { getDatabase, type DatabaseHandle } from "@/db/client";
import { doublonScans } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/audit/record";
import { getServerBoss, SCAN_DOUBLONS_QUEUE, type ScanJobData } from "@/lib/jobs/boss";
import { fail, ok, type Result } from "@/lib/result";
import { runDuplicateScan } from "./run-scan";

export const ANALYSE_EN_COURS = "Une analyse est déjà en attente ou en cours : attendez qu'elle se termine.";

/**
 * Launches a national duplicate scan: a run row (en_attente), then a pg-boss job on PostgreSQL (it survives
 * a restart), or the scan itself in the background of this process on the embedded database. National only;
 * one run at a time.
 */
export async function launchDuplicateScan(user: CurrentUser, handle: DatabaseHandle = getDatabase()): Promise<Result<{ scanId: string }>> {
  if (user.role !== "national") return fail("interdit", "L'analyse des doublons est réservée à l'administration nationale.");
  const db = handle.db;
  const [busy] = await db.select({ id: doublonScans.id }).from(doublonScans).where(inArray(doublonScans.statut, ["en_attente", "en_cours"])).limit(1);
  if (busy) return fail("refuse", ANALYSE_EN_COURS);
  const scanId = await db.transaction(async (tx) => {
    const [scan] = await tx.insert(doublonScans).values({ lancePar: user.id }).returning({ id: doublonScans.id });
    await recordAudit(tx, user, { action: "candidat.analyse_lancee", entityType: "doublon_scan", entityId: scan!.id });
    return scan!.id;
  });
  const boss = handle.driver === "postgres" ? getServerBoss() : null;
  if (boss) {
    await (await boss).send(SCAN_DOUBLONS_QUEUE, { scanId } satisfies ScanJobData);
  } else {
    // Inline on the embedded database: the run row reports progress and failure (runDuplicateScan records it).
    void runDuplicateScan(db, scanId).catch((error: unknown) => console.error("Analyse des doublons :", error));
  }
  return ok({ scanId });
}

/** The last runs, newest first, for the progress indicator. */
export async function lastScans(handle: DatabaseHandle = getDatabase(), limit = 10) {
  return handle.db.select().from(doublonScans).orderBy(desc(doublonScans.lanceAt)).limit(limit);
}

/** A run still waiting or running (what the page polls for). */
export async function scanInProgress(handle: DatabaseHandle = getDatabase()) {
  const [row] = await handle.db
    .select()
    .from(doublonScans)
    .where(and(inArray(doublonScans.statut, ["en_attente", "en_cours"])))
    .orderBy(desc(doublonScans.lanceAt))
    .limit(1);
  return row ?? null;
}

export function percentOf(scan: { avancement: number; total: number }): number {
  return scan.total > 0 ? Math.min(100, Math.round((100 * scan.avancement) / scan.total)) : 0;
}

/**
 * At server start. PostgreSQL: starts pg-boss and its worker, which takes the jobs queued before a restart.
 * Embedded database: runs again, inline, the runs a restart interrupted (the scan is idempotent).
 */
export async function startScanJobs(handle: DatabaseHandle = getDatabase()): Promise<void> {
  if (handle.driver === "postgres") {
    await getServerBoss();
    return;
  }
  const stuck = await handle.db.select({ id: doublonScans.id }).from(doublonScans).where(inArray(doublonScans.statut, ["en_attente", "en_cours"]));
  for (const { id } of stuck) void runDuplicateScan(handle.db, id).catch((error: unknown) => console.error("Analyse des doublons :", error));
}
