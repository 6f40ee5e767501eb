import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { candidats, inscriptions, resultats } from "@/db/schema";
import { nomComplet } from "@/lib/candidats/display";

/**
 * Why a session cannot be marked "résultats saisis" yet, or null when every inscription has a decision.
 * Called inside the transition's transaction, after the session row is locked: a row saved at the same
 * moment waits for that lock, so the check and the new state agree.
 */
export async function refusResultatsIncomplets(tx: DbOrTx, sessionId: string): Promise<string | null> {
  const rows = await tx
    .select({ civilite: candidats.civilite, nomNaissance: candidats.nomNaissance, nomUsage: candidats.nomUsage, prenoms: candidats.prenoms, decision: resultats.decision })
    .from(inscriptions)
    .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
    .leftJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
    .where(eq(inscriptions.sessionId, sessionId))
    .orderBy(asc(candidats.nomNaissanceNormalise), asc(candidats.prenomsNormalises));
  if (rows.length === 0) return "Aucun candidat n'est inscrit à cette session : il n'y a pas de résultat à saisir.";
  const manquants = rows.filter((r) => r.decision === null).map(nomComplet);
  if (manquants.length === 0) return null;
  const liste = manquants.length > 3 ? `${manquants.slice(0, 3).join(", ")} et ${manquants.length - 3} autre${manquants.length > 4 ? "s" : ""}` : manquants.join(", ");
  return `Les résultats ne peuvent pas être marqués saisis : ${manquants.length} candidat${manquants.length > 1 ? "s n'ont" : " n'a"} pas de décision (${liste}).`;
}
