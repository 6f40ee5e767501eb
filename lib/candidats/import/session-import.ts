import { createHash } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { getDb, type Db, type DbOrTx } from "@/db/client";
import { candidats, inscriptions, type Parcours } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fieldLabels } from "@/lib/audit/labels";
import { applyUnderLock } from "@/lib/import/apply";
import { countOutcomes } from "@/lib/import/outcomes";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { getSessionForUser, loadSessionForUpdate } from "@/lib/sessions/load";
import { SESSION_MODIFIABLE } from "@/lib/sessions/transitions";
import { parcoursLabels } from "../audit";
import { checkCandidatIdentity } from "../create-candidat";
import { mentionNaissance, nomComplet } from "../display";
import { DEJA_INSCRIT, inscriptionRefusal } from "../inscrire-candidat";
import { candidatSchema } from "../schemas";
import { auditedValues, resolveCandidatValues, type CandidatValues } from "../values";
import { parseCandidatsFile, type CandidatLine } from "./parse";

/**
 * Per line of a session's file (R5 applied to every line):
 * - reprise: the person already has a record (exact match): it is reused and registered;
 * - creation: nobody close: a new record, registered;
 * - a_verifier: close records exist: nothing is written, the user registers this person through the form;
 * - inchange: already registered in this session;
 * - rejet: a wrong field, a duplicate line, a full session, an overlapping session.
 */
export const IMPORT_ACTIONS = ["reprise", "creation", "a_verifier", "inchange", "rejet"] as const;
export type CandidatImportAction = (typeof IMPORT_ACTIONS)[number];
export type CandidatImportOutcome = { line: number; action: CandidatImportAction; identite: string; parcours: string; reasons: string[]; changes: string[]; warnings: string[] };

type Operation = { line: number; parcours: Parcours; candidatId: string | null; values: CandidatValues | null; identite: string };
type Plan = { outcomes: CandidatImportOutcome[]; operations: Operation[]; digest: string };
type SessionForImport = NonNullable<Awaited<ReturnType<typeof getSessionForUser>>>;

export type CandidatsImportSummary = Record<CandidatImportAction, number> & { total: number };
export type CandidatsImportPreview = { outcomes: CandidatImportOutcome[]; summary: CandidatsImportSummary; digest: string; encoding: string };

const IMPORT_LOCK = 0x43414e44; // "CAND"
const NOT_MODIFIABLE = "Les inscriptions de cette session ne peuvent plus être modifiées.";

function summarize(outcomes: CandidatImportOutcome[]): CandidatsImportSummary {
  return { ...countOutcomes(outcomes, IMPORT_ACTIONS), total: outcomes.length };
}

async function plan(tx: DbOrTx, user: CurrentUser, session: SessionForImport, lines: CandidatLine[], lock: boolean): Promise<Plan> {
  const outcomes: CandidatImportOutcome[] = [];
  const operations: Operation[] = [];
  const seen = new Map<string, number>();
  const [{ inscrits } = { inscrits: 0 }] = await tx.select({ inscrits: count() }).from(inscriptions).where(eq(inscriptions.sessionId, session.id));
  let planned = 0;
  for (const l of lines) {
    const identite = `${l.input.nomNaissance} ${l.input.prenoms}`.trim() || "—";
    const outcome: CandidatImportOutcome = { line: l.line, action: "rejet", identite, parcours: l.parcours ? parcoursLabels[l.parcours] : l.parcoursSaisi || "—", reasons: [], changes: [], warnings: [] };
    outcomes.push(outcome);
    if (!l.parcours) outcome.reasons.push(`Parcours inconnu « ${l.parcoursSaisi} » : formation continue, VAE, apprentissage ou capitalisation de CCP.`);
    const parsed = candidatSchema.safeParse(l.input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) outcome.reasons.push(`${fieldLabels[String(issue.path[0])] ?? String(issue.path[0])} : ${issue.message}`);
      continue;
    }
    const resolved = await resolveCandidatValues(tx, parsed.data);
    if (!resolved.ok) {
      outcome.reasons.push(...Object.values(resolved.fieldErrors).flat());
      continue;
    }
    if (!l.parcours) continue;
    const { values } = resolved;
    const key = [values.nomNaissanceNormalise, values.premierPrenomNormalise, values.dateNaissance, values.lieuNaissanceCle].join("|");
    const previous = seen.get(key);
    if (previous !== undefined) {
      outcome.reasons.push(`Même personne que la ligne ${previous} du fichier.`);
      continue;
    }
    seen.set(key, l.line);
    const matches = await checkCandidatIdentity(tx, user, values);
    if (matches.exact) {
      outcome.identite = matches.exact.identite;
      if (lock) await tx.select({ id: candidats.id }).from(candidats).where(eq(candidats.id, matches.exact.id)).for("update");
      const refusal = await inscriptionRefusal(tx, session, matches.exact.id, { dejaPrevus: planned });
      if (refusal === DEJA_INSCRIT) outcome.action = "inchange";
      else if (refusal) outcome.reasons.push(refusal);
      else {
        outcome.action = "reprise";
        outcome.changes.push("Fiche existante réutilisée (même identité) : inscription à la session.");
        operations.push({ line: l.line, parcours: l.parcours, candidatId: matches.exact.id, values: null, identite: matches.exact.identite });
        planned++;
      }
      continue;
    }
    if (matches.proches.length) {
      outcome.action = "a_verifier";
      outcome.warnings.push(
        ...matches.proches.map((p) => `fiche proche ${p.identite} (ressemblance ${Math.round(p.score * 100)} % : ${p.raisons.join(", ")}) — inscrivez cette personne depuis l'onglet Candidats après vérification.`),
      );
      continue;
    }
    if (inscrits + planned >= session.capacite) {
      outcome.reasons.push(`La session est complète : ${session.capacite} places.`);
      continue;
    }
    outcome.action = "creation";
    outcome.identite = `${nomComplet({ ...values, nomUsage: values.nomUsage ?? null })}, ${mentionNaissance({ ...values, naissanceCommuneNom: values.naissanceCommuneNom ?? null, naissanceVille: values.naissanceVille ?? null })}`;
    outcome.changes.push("Nouvelle fiche candidat, inscrite à la session.");
    operations.push({ line: l.line, parcours: l.parcours, candidatId: null, values, identite: outcome.identite });
    planned++;
  }
  const digest = createHash("sha256").update(JSON.stringify(outcomes)).digest("hex");
  return { outcomes, operations, digest };
}

/** The dry run: every line read and compared with the records (R5) and the session, nothing written. */
export async function previewCandidatsImport(user: CurrentUser, sessionId: string, bytes: Uint8Array, db: Db = getDb()): Promise<Result<CandidatsImportPreview>> {
  const session = await getSessionForUser(user, sessionId, db);
  if (!session) return fail("introuvable", "Cette session est introuvable.");
  if (!SESSION_MODIFIABLE.includes(session.statut)) return refuse(NOT_MODIFIABLE);
  const parsed = parseCandidatsFile(bytes);
  if (!parsed.ok) return refuse(parsed.message, { fichier: [parsed.message] });
  const result = await plan(db, user, session, parsed.lines, false);
  return ok({ outcomes: result.outcomes, summary: summarize(result.outcomes), digest: result.digest, encoding: parsed.encoding });
}

/** Applies the file as its dry run showed (same digest), under the import lock, the session and reused records locked. */
export async function applyCandidatsImport(user: CurrentUser, sessionId: string, bytes: Uint8Array, digest: string, db: Db = getDb()): Promise<Result<CandidatsImportSummary>> {
  const parsed = parseCandidatsFile(bytes);
  if (!parsed.ok) return refuse(parsed.message, { fichier: [parsed.message] });
  let missing = false;
  const result = await applyUnderLock(db, {
    lock: IMPORT_LOCK,
    expectedDigest: digest,
    changed: "Les fiches ou la session ont changé depuis la simulation : relancez la simulation.",
    conflict: "Une fiche du fichier vient d'être créée par ailleurs : relancez la simulation.",
    plan: async (tx) => {
      const session = await loadSessionForUpdate(tx, user, sessionId);
      if (!session || !SESSION_MODIFIABLE.includes(session.statut)) {
        missing = true;
        return { outcomes: [], operations: [], digest: "" };
      }
      return { ...(await plan(tx, user, session, parsed.lines, true)), session };
    },
    write: async (tx, p) => {
      const session = (p as Plan & { session: SessionForImport }).session;
      for (const op of p.operations) {
        let candidatId = op.candidatId;
        if (!candidatId && op.values) {
          const [created] = await tx
            .insert(candidats)
            .values({ ...op.values, createdBy: user.id, createdByCentreId: user.role === "centre" ? user.centreId : null })
            .returning({ id: candidats.id });
          candidatId = created!.id;
          await recordAudit(tx, user, { action: "candidat.cree", entityType: "candidat", entityId: candidatId, after: auditedValues(op.values), reason: `Import des candidats de la session n° ${session.numero}, ligne ${op.line}.` });
        }
        await tx.insert(inscriptions).values({ sessionId: session.id, candidatId: candidatId!, parcours: op.parcours, createdBy: user.id });
        const parcours = parcoursLabels[op.parcours];
        await recordAudit(tx, user, { action: "session.candidat_inscrit", entityType: "session", entityId: session.id, after: { candidat: op.identite, parcours }, reason: `Import, ligne ${op.line}.` });
        await recordAudit(tx, user, { action: "candidat.inscrit", entityType: "candidat", entityId: candidatId!, after: { session: session.numero, parcours }, reason: "Import des candidats de la session." });
      }
      return summarize(p.outcomes);
    },
  });
  if (missing) return fail("introuvable", "Cette session est introuvable ou ne peut plus être modifiée.");
  return result;
}
