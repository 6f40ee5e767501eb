import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { agrements, centres, sites } from "@/db/schema";
import { changedFields, recordAuditBatch, type AuditEntry } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { applyUnderLock } from "@/lib/import/apply";
import { decodeImportFile, type ImportEncoding } from "@/lib/import/decode";
import { NOT_FOUND } from "@/lib/import/upload";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { canImportValce } from "../permissions";
import { loadValceContext } from "./context";
import { parseValceText, type ValceLine } from "./parse";
import { planValceImport, summarizeValce, type LineOutcome, type Ref, type ValcePlan, type ValceSummary } from "./plan";

// One VALCE import at a time: two imports creating the same centre would otherwise race on its SIRET.
const IMPORT_LOCK = 0x56414c43;
const BATCH = 1000;

function readFile(bytes: Uint8Array): { ok: true; lines: ValceLine[]; encoding: ImportEncoding } | { ok: false; message: string } {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseValceText(decoded.text);
  return parsed.ok ? { ok: true, lines: parsed.lines, encoding: decoded.encoding } : parsed;
}

export type ValcePreview = { fileName: string; encoding: ImportEncoding; outcomes: LineOutcome[]; summary: ValceSummary; digest: string };

/** The dry run: reads the file and tells, line by line, what applying it would do. Writes nothing. */
export async function previewValceImport(actor: CurrentUser, bytes: Uint8Array, fileName: string, db: Db = getDb()): Promise<Result<ValcePreview>> {
  if (!canImportValce(actor)) return fail("introuvable", NOT_FOUND);
  const file = readFile(bytes);
  if (!file.ok) return refuse(`${file.message} Rien n'a été modifié.`);
  const plan = planValceImport(file.lines, await loadValceContext(db, file.lines, actor, false));
  return ok({ fileName, encoding: file.encoding, outcomes: plan.outcomes, summary: summarizeValce(plan), digest: plan.digest });
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

async function execute(tx: Tx, actor: CurrentUser, plan: ValcePlan, reason: string): Promise<void> {
  const centreIds = new Map(plan.centres.map((c) => [c.key, randomUUID()]));
  const siteIds = new Map(plan.sites.map((s) => [s.key, randomUUID()]));
  const centreOf = (ref: Ref) => ("id" in ref ? ref.id : centreIds.get(ref.key)!);
  const siteOf = (ref: Ref) => ("id" in ref ? ref.id : siteIds.get(ref.key)!);
  const audit: AuditEntry[] = [];

  for (const batch of chunks(plan.centres)) await tx.insert(centres).values(batch.map((c) => ({ id: centreIds.get(c.key)!, ...c.values })));
  for (const c of plan.centres) audit.push({ action: "centre.cree", entityType: "centre", entityId: centreIds.get(c.key)!, after: c.values, reason });

  for (const batch of chunks(plan.sites)) await tx.insert(sites).values(batch.map((s) => ({ id: siteIds.get(s.key)!, centreId: centreOf(s.centre), ...s.values })));
  for (const s of plan.sites) audit.push({ action: "site.cree", entityType: "centre", entityId: centreOf(s.centre), after: s.values, reason });

  const created = plan.agrements.filter((a) => a.id === null).map((a) => ({ ...a, id: randomUUID() }));
  for (const batch of chunks(created)) {
    await tx.insert(agrements).values(
      batch.map((a) => ({ id: a.id, centreId: centreOf(a.centre), siteId: siteOf(a.site), titreVersionId: a.titreVersionId, ...a.values, source: "valce" as const, legacyRef: a.legacyRef })),
    );
  }
  for (const a of created) {
    audit.push({ action: "agrement.importe", entityType: "agrement", entityId: a.id, after: { legacyRef: a.legacyRef, titre: a.titre, siteId: siteOf(a.site), ...a.values, source: "valce" }, reason });
  }

  for (const a of plan.agrements) {
    if (a.id === null || a.before === null) continue;
    const after = { ...a.values, siteId: siteOf(a.site) };
    await tx.update(agrements).set({ ...after, version: sql`${agrements.version} + 1`, updatedAt: new Date() }).where(eq(agrements.id, a.id));
    audit.push({ action: "agrement.modifie_import", entityType: "agrement", entityId: a.id, ...changedFields(a.before, after), reason });
  }
  await recordAuditBatch(tx, actor, audit);
}

/**
 * Applies a file exactly as its dry run showed (same digest), in one transaction, or writes nothing.
 * The same file applied twice changes nothing the second time: every line is "inchangé".
 */
export async function applyValceImport(
  actor: CurrentUser,
  bytes: Uint8Array,
  expectedDigest: string,
  fileName: string,
  db: Db = getDb(),
): Promise<Result<ValceSummary>> {
  if (!canImportValce(actor)) return fail("introuvable", NOT_FOUND);
  const file = readFile(bytes);
  if (!file.ok) return refuse(`${file.message} Rien n'a été modifié.`);
  return applyUnderLock(db, {
    lock: IMPORT_LOCK,
    expectedDigest,
    changed: "Les données ont changé depuis la simulation (centres, sites, agréments ou titres) : relancez la simulation avant d'appliquer l'import. Rien n'a été modifié.",
    // A centre or an agrément created outside the import between the plan and the insert: nothing is kept.
    conflict: "Un centre ou un agrément du fichier vient d'être créé par ailleurs : relancez la simulation. Rien n'a été modifié.",
    plan: async (tx) => planValceImport(file.lines, await loadValceContext(tx, file.lines, actor, true)),
    write: async (tx, plan) => {
      await execute(tx, actor, plan, `Import VALCE du fichier « ${fileName} »`);
      return summarizeValce(plan);
    },
  });
}
