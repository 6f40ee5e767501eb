import { eq } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { habilitationPeriodes, habilitations, jures } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { applyUnderLock } from "@/lib/import/apply";
import { NOT_FOUND } from "@/lib/import/upload";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { normalizeName } from "@/lib/text/normalize";
import { auditedValues, identityKey, type JureValues } from "../jure-values";
import { canManageJures } from "../permissions";
import { loadImportContext } from "./context";
import { parseJuresFile } from "./parse";
import { planJuresImport, summarize, type ImportOperation, type ImportOutcome } from "./plan";
import type { LineFacts } from "./read-line";

export type JuresImportPreview = { outcomes: ImportOutcome[]; summary: ReturnType<typeof summarize>; digest: string; encoding: string };

/** The dry run: what applying the file would do, line by line. Writes nothing. */
export async function previewJuresImport(user: CurrentUser, bytes: Uint8Array, db: Db = getDb()): Promise<Result<JuresImportPreview>> {
  if (!canManageJures(user)) return fail("introuvable", NOT_FOUND);
  const parsed = parseJuresFile(bytes);
  if (!parsed.ok) return refuse(parsed.message);
  const plan = planJuresImport(parsed.lines, await loadImportContext(db, user, parsed.lines, false));
  return ok({ outcomes: plan.outcomes, summary: summarize(plan.outcomes), digest: plan.digest, encoding: parsed.encoding });
}

function jureValues(f: LineFacts): JureValues {
  const naissance =
    "communeCode" in f.naissance
      ? { naissanceCommuneCode: f.naissance.communeCode, naissanceCommuneNom: f.naissance.communeNom, naissancePaysCode: null, naissanceVille: null }
      : { naissanceCommuneCode: null, naissanceCommuneNom: null, naissancePaysCode: f.naissance.paysCode, naissanceVille: f.naissance.ville };
  return {
    civilite: f.civilite,
    nomNaissance: f.nomNaissance,
    nomUsage: f.nomUsage,
    prenoms: f.prenoms,
    ...naissance,
    residenceCommuneCode: f.residence.code,
    residenceCommuneNom: f.residence.nom,
    residenceDepartementCode: f.residence.departementCode,
    residenceRegionCode: f.residence.regionCode,
    email: f.email,
    telephone: f.telephone,
    employeurRaisonSociale: null,
    employeurSiret: null,
    ...identityKey(f),
    nomRecherche: normalizeName(`${f.nomNaissance} ${f.nomUsage ?? ""} ${f.prenoms}`),
  };
}

async function execute(tx: Tx, user: CurrentUser, operations: ImportOperation[], reason: string) {
  const jureIds = new Map<string, string>();
  const habilitationIds = new Map<string, string>();
  for (const op of operations) {
    let jureId = op.jure.id ?? jureIds.get(op.jure.ref);
    if (!jureId) {
      const values = jureValues(op.jure.facts);
      const [created] = await tx.insert(jures).values(values).returning({ id: jures.id });
      jureId = created!.id;
      jureIds.set(op.jure.ref, jureId);
      await recordAudit(tx, user, { action: "jure.importe", entityType: "jure", entityId: jureId, after: { ...auditedValues(values), ligne: op.line }, reason });
    }
    let habilitationId = op.habilitation.id ?? habilitationIds.get(op.habilitation.ref);
    if (!habilitationId) {
      const values = { ...op.habilitation.competences, commentaires: op.habilitation.commentaires };
      const [created] = await tx.insert(habilitations).values({ jureId, titreVersionId: op.habilitation.titreVersionId, ...values }).returning({ id: habilitations.id });
      habilitationId = created!.id;
      habilitationIds.set(op.habilitation.ref, habilitationId);
      await recordAudit(tx, user, { action: "habilitation.creee", entityType: "habilitation", entityId: habilitationId, after: { ...values, ligne: op.line }, reason });
    } else if (Object.keys(op.habilitation.fill).length) {
      const [current] = await tx.select({ version: habilitations.version }).from(habilitations).where(eq(habilitations.id, habilitationId));
      await tx.update(habilitations).set({ ...op.habilitation.fill, version: current!.version + 1, updatedAt: new Date() }).where(eq(habilitations.id, habilitationId));
      await recordAudit(tx, user, { action: "habilitation.modifiee", entityType: "habilitation", entityId: habilitationId, after: { ...op.habilitation.fill, ligne: op.line }, reason });
    }
    if (op.periode) {
      await tx.insert(habilitationPeriodes).values({ habilitationId, jureId, titreVersionId: op.habilitation.titreVersionId, dateDebut: op.periode.debut, dateFin: op.periode.fin });
      const [current] = await tx.select({ version: habilitations.version }).from(habilitations).where(eq(habilitations.id, habilitationId));
      await tx.update(habilitations).set({ version: current!.version + 1, updatedAt: new Date() }).where(eq(habilitations.id, habilitationId));
      await recordAudit(tx, user, {
        action: "habilitation.importee",
        entityType: "habilitation",
        entityId: habilitationId,
        after: { dateDebut: op.periode.debut, dateFin: op.periode.fin, ligne: op.line },
        reason,
      });
    }
  }
}

const CHANGED = "Les jurés ont changé depuis la simulation : relancez la simulation avant d'appliquer l'import. Rien n'a été modifié.";
// One habilitations import at a time: two files naming the same new juror would race on its identity.
const IMPORT_LOCK = 0x4a555245;

/**
 * Applies the file exactly as its dry run showed (same digest, the matched jurors locked), in one
 * transaction, or writes nothing. Applying the same file twice adds nothing.
 */
export async function applyJuresImport(user: CurrentUser, bytes: Uint8Array, expectedDigest: string, filename: string, db: Db = getDb()): Promise<Result<ReturnType<typeof summarize>>> {
  if (!canManageJures(user)) return fail("introuvable", NOT_FOUND);
  const parsed = parseJuresFile(bytes);
  if (!parsed.ok) return refuse(parsed.message);
  return applyUnderLock(db, {
    lock: IMPORT_LOCK,
    expectedDigest,
    changed: CHANGED,
    plan: async (tx) => planJuresImport(parsed.lines, await loadImportContext(tx, user, parsed.lines, true)),
    write: async (tx, plan) => {
      await execute(tx, user, plan.operations, `Import du fichier ${filename}`);
      return summarize(plan.outcomes);
    },
  });
}
