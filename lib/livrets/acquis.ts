import { and, asc, eq, lte, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ccps, inscriptions, resultatCcps, sessions } from "@/db/schema";

/** A CCP a candidate acquired, with the session where it was acquired first. */
export type CcpAcquis = {
  ccpId: string;
  numero: number;
  libelle: string;
  sessionId: string;
  sessionNumero: string;
  dateDebut: string;
  dateFin: string;
};

/**
 * The CCPs of a title version a candidate acquired in **validated** sessions (DOMAIN, livret: it accumulates
 * across sessions), each with the first session where it was acquired, in the version's order. `jusqua`
 * bounds the validations counted: a livret lists what was acquired up to its own validation, not after.
 */
export async function listCcpsAcquis(tx: DbOrTx, candidatId: string, titreVersionId: string, jusqua?: Date | null): Promise<CcpAcquis[]> {
  const conditions: (SQL | undefined)[] = [
    eq(inscriptions.candidatId, candidatId),
    eq(sessions.titreVersionId, titreVersionId),
    eq(sessions.statut, "validee"),
    eq(resultatCcps.issue, "acquis"),
    jusqua ? lte(sessions.valideeAt, jusqua) : undefined,
  ];
  const rows = await tx
    .selectDistinctOn([resultatCcps.ccpId], {
      ccpId: resultatCcps.ccpId,
      numero: ccps.numero,
      libelle: ccps.libelle,
      sessionId: sessions.id,
      sessionNumero: sessions.numero,
      dateDebut: sessions.dateDebut,
      dateFin: sessions.dateFin,
    })
    .from(resultatCcps)
    .innerJoin(inscriptions, eq(inscriptions.id, resultatCcps.inscriptionId))
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .innerJoin(ccps, eq(ccps.id, resultatCcps.ccpId))
    .where(and(...conditions))
    .orderBy(asc(resultatCcps.ccpId), asc(sessions.valideeAt), asc(sessions.dateDebut));
  return rows.sort((a, b) => a.numero - b.numero);
}
