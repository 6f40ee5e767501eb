import { eq, inArray } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { ccps, nsfCodes, titres, titreVersions } from "@/db/schema";
import { changedFields, recordAudit, type AuditActor } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { applyUnderLock } from "@/lib/import/apply";
import { NOT_FOUND } from "@/lib/import/upload";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { canEditReferentiels } from "../permissions";
import { parseTitresFile, type TitreLine } from "./parse";
import { planTitresImport, summarize, versionLabel, type ExistingTitre, type ImportPlan, type LineOutcome } from "./plan";

async function loadContext(tx: Db | Tx, lines: TitreLine[], lock: boolean) {
  const codes = [...new Set(lines.map((l) => l.code_tp.toUpperCase()).filter(Boolean))];
  const existing = new Map<string, ExistingTitre>();
  if (codes.length) {
    const query = tx.select({ id: titres.id, code: titres.code, intitule: titres.intitule, sigle: titres.sigle }).from(titres).where(inArray(titres.code, codes));
    const titreRows = lock ? await query.for("update") : await query;
    const ids = titreRows.map((t) => t.id);
    const versionRows = ids.length
      ? await tx
          .select({
            id: titreVersions.id,
            titreId: titreVersions.titreId,
            millesime: titreVersions.millesime,
            dateVersion: titreVersions.dateVersion,
            niveau: titreVersions.niveau,
            rncp: titreVersions.rncp,
            nsfCode: titreVersions.nsfCode,
            finDeVie: titreVersions.finDeVie,
          })
          .from(titreVersions)
          .where(inArray(titreVersions.titreId, ids))
      : [];
    const ccpRows = versionRows.length
      ? await tx
          .select({ versionId: ccps.titreVersionId, numero: ccps.numero, libelle: ccps.libelle })
          .from(ccps)
          .where(inArray(ccps.titreVersionId, versionRows.map((v) => v.id)))
          .orderBy(ccps.numero)
      : [];
    for (const t of titreRows) {
      existing.set(t.code, {
        ...t,
        versions: versionRows
          .filter((v) => v.titreId === t.id)
          .map(({ titreId: _t, ...v }) => ({ ...v, ccps: ccpRows.filter((c) => c.versionId === v.id).map((c) => c.libelle) })),
      });
    }
  }
  const nsf = new Set((await tx.select({ code: nsfCodes.code }).from(nsfCodes)).map((n) => n.code));
  return { existing, nsf };
}

export type ImportPreview = { outcomes: LineOutcome[]; summary: ReturnType<typeof summarize>; digest: string };

/** The dry run: reads the file and tells what applying it would do. Writes nothing. */
export async function previewTitresImport(actor: CurrentUser, bytes: Uint8Array, db: Db = getDb()): Promise<Result<ImportPreview>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  const parsed = parseTitresFile(bytes);
  if (!parsed.ok) return refuse(parsed.message);
  const { existing, nsf } = await loadContext(db, parsed.lines, false);
  const plan = planTitresImport(parsed.lines, existing, nsf);
  return ok({ outcomes: plan.outcomes, summary: summarize(plan.outcomes), digest: plan.digest });
}

async function execute(tx: Tx, actor: AuditActor, plan: ImportPlan, source: string): Promise<void> {
  const createdTitres = new Map<string, string>();
  for (const op of plan.operations) {
    let titreId = op.titre.id ?? createdTitres.get(op.code) ?? null;
    if (!titreId) {
      const [created] = await tx.insert(titres).values({ code: op.code, intitule: op.titre.intitule, sigle: op.titre.sigle }).returning({ id: titres.id });
      titreId = created!.id;
      createdTitres.set(op.code, titreId);
      await recordAudit(tx, actor, { action: "titre.cree", entityType: "titre", entityId: titreId, after: { code: op.code, intitule: op.titre.intitule, sigle: op.titre.sigle }, reason: source });
    } else if (op.titre.changed && op.titre.id) {
      const [before] = await tx.select({ intitule: titres.intitule, sigle: titres.sigle, version: titres.version }).from(titres).where(eq(titres.id, titreId));
      await tx.update(titres).set({ intitule: op.titre.intitule, sigle: op.titre.sigle, version: before!.version + 1, updatedAt: new Date() }).where(eq(titres.id, titreId));
      const diff = changedFields({ intitule: before!.intitule, sigle: before!.sigle }, { intitule: op.titre.intitule, sigle: op.titre.sigle });
      await recordAudit(tx, actor, { action: "titre.modifie", entityType: "titre", entityId: titreId, ...diff, reason: source });
    }
    if (!op.version.changed) continue;

    const { ccps: ccpLabels, ...values } = op.version.values;
    let versionId = op.version.id;
    if (!versionId) {
      const [created] = await tx.insert(titreVersions).values({ ...values, titreId }).returning({ id: titreVersions.id });
      versionId = created!.id;
    } else {
      const [current] = await tx.select({ version: titreVersions.version }).from(titreVersions).where(eq(titreVersions.id, versionId));
      await tx.update(titreVersions).set({ ...values, version: current!.version + 1, updatedAt: new Date() }).where(eq(titreVersions.id, versionId));
    }
    if (op.version.ccpsChanged) {
      await tx.delete(ccps).where(eq(ccps.titreVersionId, versionId));
      if (ccpLabels.length) await tx.insert(ccps).values(ccpLabels.map((libelle, i) => ({ titreVersionId: versionId!, numero: i + 1, libelle })));
    }
    // The history shows what the line changed, not every field of the version.
    const diff = op.version.before ? changedFields(op.version.before, op.version.values) : { before: null, after: op.version.values };
    await recordAudit(tx, actor, {
      action: op.version.id ? "version.modifiee" : "version.creee",
      entityType: "titre",
      entityId: titreId,
      before: diff.before,
      after: { version: versionLabel(op.version.values), ...diff.after },
      reason: source,
    });
  }
}

// One titles import at a time: two files creating the same title would otherwise race on its code.
const IMPORT_LOCK = 0x54495452;

const CHANGED_SINCE_DRY_RUN =
  "Les titres ont changé depuis la simulation : relancez la simulation avant d'appliquer l'import. Rien n'a été modifié.";

/** Applies a file exactly as its dry run showed (same digest), in one transaction, or writes nothing. */
export async function applyTitresImport(
  actor: CurrentUser,
  bytes: Uint8Array,
  expectedDigest: string,
  filename: string,
  db: Db = getDb(),
): Promise<Result<ReturnType<typeof summarize>>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  const parsed = parseTitresFile(bytes);
  if (!parsed.ok) return refuse(parsed.message);
  return applyUnderLock(db, {
    lock: IMPORT_LOCK,
    expectedDigest,
    changed: CHANGED_SINCE_DRY_RUN,
    plan: async (tx) => {
      const { existing, nsf } = await loadContext(tx, parsed.lines, true);
      return planTitresImport(parsed.lines, existing, nsf);
    },
    write: async (tx, plan) => {
      await execute(tx, actor, plan, `Import du fichier ${filename}`);
      return summarize(plan.outcomes);
    },
  });
}

/** The seed's path: the same plan and writes, by the system, without a dry run. */
export async function importTitresAsSystem(tx: Tx, bytes: Uint8Array, source: string) {
  const parsed = parseTitresFile(bytes);
  if (!parsed.ok) throw new Error(parsed.message);
  const { existing, nsf } = await loadContext(tx, parsed.lines, true);
  const plan = planTitresImport(parsed.lines, existing, nsf);
  await execute(tx, { system: "Chargement du référentiel" }, plan, source);
  return summarize(plan.outcomes);
}
