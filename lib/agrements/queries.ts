import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agrements, centres, centreTypes, sites, titres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { centreScope } from "@/lib/auth/scope";
import { type IsoDate, todayInParis } from "@/lib/dates";
import { sessionProlongationMonths, versionStateOn } from "@/lib/titres/version-state";
import { isUuid } from "@/lib/ids";
import { versionLabel } from "@/lib/titres/import/plan";
import { canCreateSession, typeOn, type AgrementFacts } from "./can-create-session";
import { plainStatus } from "./plain-status";

const columns = {
  id: agrements.id,
  centreId: agrements.centreId,
  centreNom: centres.raisonSociale,
  centreSiret: centres.siret,
  titreVersionId: agrements.titreVersionId,
  titreId: titres.id,
  titreCode: titres.code,
  titreIntitule: titres.intitule,
  millesime: titreVersions.millesime,
  dateVersion: titreVersions.dateVersion,
  finDeVie: titreVersions.finDeVie,
  siteId: agrements.siteId,
  siteLibelle: sites.libelle,
  siteCommune: sites.communeNom,
  statut: agrements.statut,
  dateDecision: agrements.dateDecision,
  validFrom: agrements.validFrom,
  validTo: agrements.validTo,
  motif: agrements.motif,
  source: agrements.source,
  legacyRef: agrements.legacyRef,
  version: agrements.version,
  createdAt: agrements.createdAt,
};

function baseQuery(tx: DbOrTx) {
  return tx
    .select(columns)
    .from(agrements)
    .innerJoin(centres, eq(centres.id, agrements.centreId))
    .innerJoin(titreVersions, eq(titreVersions.id, agrements.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .innerJoin(sites, eq(sites.id, agrements.siteId));
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>["where"]>>[number];

function withStatus(rows: Row[], typeCentre: string | null, today: IsoDate) {
  const months = sessionProlongationMonths({ typeCentre });
  return rows.map((r) => ({ ...r, versionLibelle: versionLabel(r), plain: plainStatus(r, today, r.finDeVie, months) }));
}

/** The agréments of one centre, each with the plain status the centre reads (Valide, Expirée…). */
export async function listAgrementsOfCentreForUser(user: CurrentUser, centreId: string, tx: DbOrTx = getDb(), today = todayInParis()) {
  if (!isUuid(centreId)) return null;
  const [centre] = await tx.select({ typeCentre: centres.typeCentre }).from(centres).where(and(centreScope(user), eq(centres.id, centreId)));
  if (!centre) return null;
  const rows = await baseQuery(tx).where(eq(agrements.centreId, centreId)).orderBy(asc(titres.code), desc(titreVersions.dateVersion));
  return withStatus(rows, centre.typeCentre, today);
}

/** Requests waiting for a decision, oldest first, in the agent's scope. Centre users have no queue. */
export async function listAgrementQueueForUser(user: CurrentUser, tx: DbOrTx = getDb()) {
  if (user.role === "centre") return [];
  return baseQuery(tx).where(and(centreScope(user), eq(agrements.statut, "en_instruction"))).orderBy(asc(agrements.createdAt)).limit(500);
}

export async function getAgrementForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb(), today = todayInParis()) {
  if (!isUuid(id)) return null;
  const [row] = await baseQuery(tx).where(and(centreScope(user), eq(agrements.id, id)));
  if (!row) return null;
  const [centre] = await tx.select({ typeCentre: centres.typeCentre }).from(centres).where(eq(centres.id, row.centreId));
  return withStatus([row], centre?.typeCentre ?? null, today)[0]!;
}

/**
 * The title versions (and sites) for which a centre can create a session on a date — R1 applied to each
 * version × site of its agréments.
 */
export async function listOpenableVersionsForCentre(user: CurrentUser, centreId: string, tx: DbOrTx = getDb(), date = todayInParis()) {
  const all = await listAgrementsOfCentreForUser(user, centreId, tx, date);
  if (!all) return null;
  const types = await tx.select({ typeCentre: centreTypes.typeCentre, validFrom: centreTypes.validFrom }).from(centreTypes).where(eq(centreTypes.centreId, centreId)).orderBy(asc(centreTypes.recordedAt));
  const seen = new Set<string>();
  const openable: { titreVersionId: string; titreCode: string; titreIntitule: string; versionLibelle: string; siteId: string; siteLibelle: string; enProlongation: boolean }[] = [];
  for (const a of all) {
    const key = `${a.titreVersionId}|${a.siteId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const facts: AgrementFacts[] = all.filter((x) => x.titreVersionId === a.titreVersionId).map((x) => ({ id: x.id, statut: x.statut, siteId: x.siteId, validFrom: x.validFrom, validTo: x.validTo }));
    const result = canCreateSession({ date, siteId: a.siteId, finDeVie: a.finDeVie, agrements: facts, types });
    if (result.ok) openable.push({ titreVersionId: a.titreVersionId, titreCode: a.titreCode, titreIntitule: a.titreIntitule, versionLibelle: a.versionLibelle, siteId: a.siteId, siteLibelle: a.siteLibelle, enProlongation: result.enProlongation });
  }
  return { openable, typeToday: typeOn(types, date) };
}

/** Title versions a request can be filed for: in force today. */
export async function listRequestableVersions(tx: DbOrTx = getDb(), today = todayInParis()) {
  const rows = await tx
    .select({ id: titreVersions.id, code: titres.code, intitule: titres.intitule, millesime: titreVersions.millesime, dateVersion: titreVersions.dateVersion, finDeVie: titreVersions.finDeVie })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(sql`${titreVersions.finDeVie} is null or ${titreVersions.finDeVie} >= ${today}`)
    .orderBy(asc(titres.code), desc(titreVersions.dateVersion));
  return rows.filter((r) => versionStateOn(r.finDeVie, today, 0) === "en_vigueur").map((r) => ({ id: r.id, label: `${r.code} — ${r.intitule} (${versionLabel(r)})` }));
}

export type AgrementView = NonNullable<Awaited<ReturnType<typeof getAgrementForUser>>>;

export async function listAgrementHistoryForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const agrement = await getAgrementForUser(user, id, tx);
  if (!agrement) return null;
  return { agrement, events: await listAuditEventsOfEntity("agrement", id, tx) };
}
