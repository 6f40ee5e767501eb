import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { ok, refuse, type Result } from "@/lib/result";

export type ApplyJob<Plan extends { digest: string }, Summary> = {
  /** One import of a kind at a time (pg_advisory_xact_lock key): two would race on the rows they create. */
  lock: number;
  expectedDigest: string;
  /** Said when the plan computed again differs from the dry run the user saw. */
  changed: string;
  /** Said when a row of the file was created elsewhere between the plan and the insert. */
  conflict?: string;
  plan: (tx: Tx) => Promise<Plan>;
  write: (tx: Tx, plan: Plan) => Promise<Summary>;
};

/**
 * Applies an import exactly as its dry run showed: in one transaction, under the import's lock, the plan is
 * computed again and must have the digest the user saw; otherwise nothing is written and the user re-runs
 * the dry run.
 */
export async function applyUnderLock<Plan extends { digest: string }, Summary>(db: Db, job: ApplyJob<Plan, Summary>): Promise<Result<Summary>> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${job.lock})`);
      const plan = await job.plan(tx);
      if (plan.digest !== job.expectedDigest) return refuse(job.changed);
      return ok(await job.write(tx, plan));
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(job.conflict ?? job.changed);
    throw error;
  }
}
