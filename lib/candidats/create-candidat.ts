import { getDb, type Db, type DbOrTx } from "@/db/client";
import { candidats } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { findMatches, type NewIdentity } from "./matching/find-matches";
import { toMatchViews, type MatchView, type MatchViews } from "./match-views";
import type { CandidatData, CreateCandidatData } from "./schemas";
import { auditedValues, resolveCandidatValues, type CandidatValues } from "./values";

/**
 * What a creation ends with (R5):
 * - cree: a new record;
 * - existant: the same person already has a record (exact match): it is offered instead, never duplicated;
 * - proches: close records exist and the user has not confirmed "Créer quand même" after seeing them all.
 */
export type CreationOutcome = { statut: "cree"; id: string } | { statut: "existant"; match: MatchView } | { statut: "proches"; proches: MatchView[] };

function identityOf(values: CandidatValues): NewIdentity {
  return {
    nomNaissance: values.nomNaissance,
    nomUsage: values.nomUsage,
    prenoms: values.prenoms,
    dateNaissance: values.dateNaissance,
    naissanceCommuneCode: values.naissanceCommuneCode,
    naissancePaysCode: values.naissancePaysCode,
    naissanceVille: values.naissanceVille,
    civilite: values.civilite,
  };
}

/** The R5 check alone, before a creation (form, import dry run): exact and close records, masked out of scope. */
export async function checkCandidatIdentity(tx: DbOrTx, user: CurrentUser, values: CandidatValues): Promise<MatchViews> {
  return toMatchViews(tx, user, await findMatches(tx, identityOf(values)));
}

export async function createCandidat(user: CurrentUser, data: CreateCandidatData | (CandidatData & { confirmeMalgreProches?: boolean; prochesVus?: string[] }), db: Db = getDb()): Promise<Result<CreationOutcome>> {
  const seen: { identity?: NewIdentity } = {};
  try {
    return await db.transaction(async (tx) => {
      const resolved = await resolveCandidatValues(tx, data);
      if (!resolved.ok) return fail("invalide", "Le lieu de naissance ou la commune de résidence est incorrect.", resolved.fieldErrors);
      const { values } = resolved;
      seen.identity = identityOf(values);
      const matches = await checkCandidatIdentity(tx, user, values);
      if (matches.exact) return ok<CreationOutcome>({ statut: "existant", match: matches.exact });
      const vus = new Set((data.prochesVus ?? []).filter(isUuid));
      const confirmed = data.confirmeMalgreProches === true && matches.proches.every((p) => vus.has(p.id));
      if (matches.proches.length && !confirmed) return ok<CreationOutcome>({ statut: "proches", proches: matches.proches });
      const [created] = await tx
        .insert(candidats)
        .values({ ...values, createdBy: user.id, createdByCentreId: user.role === "centre" ? user.centreId : null })
        .returning({ id: candidats.id });
      const id = created!.id;
      if (matches.proches.length) {
        await recordAudit(tx, user, {
          action: "candidat.cree_malgre_proches",
          entityType: "candidat",
          entityId: id,
          after: { ...auditedValues(values), prochesAffiches: matches.proches.map((p) => `${p.identite} (score ${p.score.toFixed(2)} : ${p.raisons.join(", ")})`) },
          reason: "Création confirmée par l'utilisateur après affichage des fiches proches.",
        });
      } else {
        await recordAudit(tx, user, { action: "candidat.cree", entityType: "candidat", entityId: id, after: auditedValues(values) });
      }
      return ok<CreationOutcome>({ statut: "cree", id });
    });
  } catch (error) {
    // Two users creating the same person at the same instant: the unique index keeps one record, and the
    // loser is offered it like any exact match.
    if (seen.identity && isUniqueViolation(error, "candidats_identite_unique")) {
      const matches = await toMatchViews(db, user, await findMatches(db, seen.identity));
      if (matches.exact) return ok<CreationOutcome>({ statut: "existant", match: matches.exact });
    }
    throw error;
  }
}
