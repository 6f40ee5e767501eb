import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agrements, ccps, sessionCcps, sites } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { versionLabel } from "@/lib/titres/current-version";
import { getSessionForUser } from "./load";

/**
 * Everything the Informations tab shows and edits: the session in the user's scope (null → 404), its CCPs,
 * the CCPs of its version and the sites of its centre (the edit form's choices), the agrément R1 found.
 */
export async function getSessionDetailForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const session = await getSessionForUser(user, id, tx);
  if (!session) return null;
  const [sessionCcpRows, versionCcps, centreSites, [agrement]] = await Promise.all([
    tx.select({ id: ccps.id }).from(sessionCcps).innerJoin(ccps, eq(ccps.id, sessionCcps.ccpId)).where(eq(sessionCcps.sessionId, session.id)),
    tx.select({ id: ccps.id, numero: ccps.numero, libelle: ccps.libelle }).from(ccps).where(eq(ccps.titreVersionId, session.titreVersionId)).orderBy(asc(ccps.numero)),
    tx.select({ id: sites.id, libelle: sites.libelle, communeNom: sites.communeNom }).from(sites).where(eq(sites.centreId, session.centreId)).orderBy(asc(sites.libelle)),
    tx.select({ id: agrements.id, statut: agrements.statut, validFrom: agrements.validFrom, validTo: agrements.validTo, legacyRef: agrements.legacyRef }).from(agrements).where(eq(agrements.id, session.agrementId)),
  ]);
  const chosen = new Set(sessionCcpRows.map((c) => c.id));
  return {
    session: { ...session, versionLibelle: versionLabel(session) },
    ccps: versionCcps.map((c) => ({ id: c.id, label: `CCP ${c.numero} — ${c.libelle}`, chosen: chosen.has(c.id) })),
    sites: centreSites.map((s) => ({ id: s.id, label: `${s.libelle} (${s.communeNom})` })),
    agrement: agrement ?? null,
  };
}

export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSessionDetailForUser>>>;

export async function listSessionHistoryForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const session = await getSessionForUser(user, id, tx);
  if (!session) return null;
  return { session, events: await listAuditEventsOfEntity("session", session.id, tx) };
}
