import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agrements, centres, departements, habilitationPeriodes, habilitations, jureCentreLinks, jures, pays, titres, titreVersions } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { jureScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/ids";
import { formatIsoDate } from "@/lib/dates";
import type { ListParams, ListSpec } from "@/lib/table/list-params";
import { normalizeName } from "@/lib/text/normalize";
import { habilitationStatus } from "./habilitation-status";

export const jureListSpec = {
  sortable: ["nom", "naissance", "commune", "habilitations"],
  defaultSort: "nom",
  filters: ["q", "departement"],
} as const satisfies ListSpec<string, string>;

export type JureListParams = ListParams<(typeof jureListSpec.sortable)[number], (typeof jureListSpec.filters)[number]>;

const nomTri = sql`lower(coalesce(${jures.nomUsage}, ${jures.nomNaissance}))`;
// Written with the table name: in a select from one table, drizzle prints `${jures.id}` as a bare "id",
// which inside the subquery means habilitations.id and the count was always 0.
const habilitationCount = sql<number>`(select count(*)::int from ${habilitations} h where h.jure_id = ${jures}.id)`;
const sortColumns: Record<JureListParams["sort"], SQL> = {
  nom: nomTri,
  naissance: sql`${jures.dateNaissance}`,
  commune: sql`lower(${jures.residenceCommuneNom})`,
  habilitations: habilitationCount,
};

function listConditions(user: CurrentUser, filters: JureListParams["filters"]): SQL {
  const conditions: SQL[] = [jureScope(user)];
  const q = filters.q ? normalizeName(filters.q) : "";
  if (q) conditions.push(sql`${jures.nomRecherche} like ${`%${q}%`}`);
  if (filters.departement) conditions.push(eq(jures.residenceDepartementCode, filters.departement));
  return and(...conditions)!;
}

/** The jurors of the agent's scope (R9); centre users have none. */
export async function listJuresForUser(user: CurrentUser, params: JureListParams, tx: DbOrTx = getDb()) {
  const where = listConditions(user, params.filters);
  const direction = params.dir === "asc" ? asc : desc;
  const [rows, [total]] = await Promise.all([
    tx
      .select({
        id: jures.id,
        civilite: jures.civilite,
        nomNaissance: jures.nomNaissance,
        nomUsage: jures.nomUsage,
        prenoms: jures.prenoms,
        dateNaissance: jures.dateNaissance,
        communeNom: jures.residenceCommuneNom,
        departementCode: jures.residenceDepartementCode,
        email: jures.email,
        habilitations: habilitationCount,
      })
      .from(jures)
      .where(where)
      .orderBy(direction(sortColumns[params.sort]), asc(sql`lower(${jures.prenoms})`), asc(jures.id))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    tx.select({ total: count() }).from(jures).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export type JureListRow = Awaited<ReturnType<typeof listJuresForUser>>["rows"][number];

/** A juror's record, birth data included: only agents of the juror's scope get it (null → 404). */
export async function getJureForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .select({
      id: jures.id,
      civilite: jures.civilite,
      nomNaissance: jures.nomNaissance,
      nomUsage: jures.nomUsage,
      prenoms: jures.prenoms,
      dateNaissance: jures.dateNaissance,
      naissanceCommuneCode: jures.naissanceCommuneCode,
      naissanceCommuneNom: jures.naissanceCommuneNom,
      naissancePaysCode: jures.naissancePaysCode,
      naissancePaysNom: pays.nom,
      naissanceVille: jures.naissanceVille,
      residenceCommuneCode: jures.residenceCommuneCode,
      residenceCommuneNom: jures.residenceCommuneNom,
      residenceDepartementCode: jures.residenceDepartementCode,
      residenceDepartementNom: departements.nom,
      email: jures.email,
      telephone: jures.telephone,
      employeurRaisonSociale: jures.employeurRaisonSociale,
      employeurSiret: jures.employeurSiret,
      version: jures.version,
    })
    .from(jures)
    .leftJoin(pays, eq(pays.code, jures.naissancePaysCode))
    .innerJoin(departements, eq(departements.code, jures.residenceDepartementCode))
    .where(and(jureScope(user), eq(jures.id, id)));
  return row ?? null;
}

export type JureDetail = NonNullable<Awaited<ReturnType<typeof getJureForUser>>>;

/** "TP-00391 Assistant(e) de vie aux familles (16/03/2011)": how the screens name a title version. */
export function titreVersionLabel(v: { code: string; intitule: string; millesime: string | null; dateVersion: string | null }): string {
  const when = v.dateVersion ? formatIsoDate(v.dateVersion) : `millésime ${v.millesime}`;
  return `${v.code} ${v.intitule} (${when})`;
}

const versionColumns = { code: titres.code, intitule: titres.intitule, millesime: titreVersions.millesime, dateVersion: titreVersions.dateVersion, finDeVie: titreVersions.finDeVie };

async function periodesOf(habilitationIds: string[], tx: DbOrTx) {
  if (!habilitationIds.length) return [];
  return tx
    .select({ id: habilitationPeriodes.id, habilitationId: habilitationPeriodes.habilitationId, debut: habilitationPeriodes.dateDebut, fin: habilitationPeriodes.dateFin, derogationMotif: habilitationPeriodes.derogationMotif, derogationCriteres: habilitationPeriodes.derogationCriteres })
    .from(habilitationPeriodes)
    .where(inArray(habilitationPeriodes.habilitationId, habilitationIds))
    .orderBy(asc(habilitationPeriodes.dateDebut));
}

/** The habilitations of a juror the caller has loaded in scope, each with its derived status (R3). */
export async function listHabilitationsOfJure(jureId: string, tx: DbOrTx = getDb()) {
  const rows = await tx
    .select({ id: habilitations.id, titreVersionId: habilitations.titreVersionId, ...versionColumns })
    .from(habilitations)
    .innerJoin(titreVersions, eq(titreVersions.id, habilitations.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(eq(habilitations.jureId, jureId))
    .orderBy(asc(titres.code), desc(titreVersions.dateVersion));
  const periodes = await periodesOf(rows.map((r) => r.id), tx);
  return rows.map((r) => ({ ...r, label: titreVersionLabel(r), status: habilitationStatus(periodes.filter((p) => p.habilitationId === r.id), r.finDeVie) }));
}

/** The "CERES ACCUEIL" screen of one habilitation: juror, version, competences, periods; null out of scope. */
export async function getHabilitationForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .select({
      id: habilitations.id,
      jureId: habilitations.jureId,
      civilite: jures.civilite,
      nomNaissance: jures.nomNaissance,
      nomUsage: jures.nomUsage,
      prenoms: jures.prenoms,
      titreVersionId: habilitations.titreVersionId,
      ...versionColumns,
      dateDebutEmploi: habilitations.dateDebutEmploi,
      dateDerniereOccupation: habilitations.dateDerniereOccupation,
      dateProfessionnalisation: habilitations.dateProfessionnalisation,
      commentaires: habilitations.commentaires,
      version: habilitations.version,
    })
    .from(habilitations)
    .innerJoin(jures, eq(jures.id, habilitations.jureId))
    .innerJoin(titreVersions, eq(titreVersions.id, habilitations.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(and(jureScope(user), eq(habilitations.id, id)));
  if (!row) return null;
  const periodes = await periodesOf([row.id], tx);
  return { ...row, label: titreVersionLabel(row), status: habilitationStatus(periodes, row.finDeVie) };
}

export type HabilitationDetail = NonNullable<Awaited<ReturnType<typeof getHabilitationForUser>>>;

export async function listLiensOfJure(jureId: string, tx: DbOrTx = getDb()) {
  return tx
    .select({ id: jureCentreLinks.id, type: jureCentreLinks.type, precision: jureCentreLinks.precision, dateDebut: jureCentreLinks.dateDebut, dateFin: jureCentreLinks.dateFin, centreNom: centres.raisonSociale, centreSiret: centres.siret })
    .from(jureCentreLinks)
    .innerJoin(centres, eq(centres.id, jureCentreLinks.centreId))
    .where(eq(jureCentreLinks.jureId, jureId))
    .orderBy(desc(jureCentreLinks.dateDebut));
}

export async function listJureHistoryForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const jure = await getJureForUser(user, id, tx);
  if (!jure) return null;
  return { jure, events: await listAuditEventsOfEntity("jure", id, tx) };
}

export async function listHabilitationHistoryForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const habilitation = await getHabilitationForUser(user, id, tx);
  if (!habilitation) return null;
  return { habilitation, events: await listAuditEventsOfEntity("habilitation", id, tx) };
}

/**
 * Title versions for the selects of the habilitation form and of the list to convene: every one, or for a
 * centre user's list only those its centre holds an accepted agrément for (the others would answer 404).
 */
export async function listTitreVersionOptions(tx: DbOrTx = getDb(), filter: { agreedForCentreId?: string } = {}) {
  const agreed = filter.agreedForCentreId
    ? inArray(titreVersions.id, tx.select({ id: agrements.titreVersionId }).from(agrements).where(and(eq(agrements.centreId, filter.agreedForCentreId), eq(agrements.statut, "acceptee"))))
    : undefined;
  const rows = await tx
    .select({ id: titreVersions.id, ...versionColumns })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(agreed)
    .orderBy(asc(titres.code), desc(titreVersions.dateVersion));
  return rows.map((r) => ({ value: r.id, label: titreVersionLabel(r) }));
}

export async function listDepartementOptions(tx: DbOrTx = getDb()) {
  const rows = await tx.select({ code: departements.code, nom: departements.nom, regionCode: departements.regionCode }).from(departements).orderBy(asc(departements.code));
  return rows.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}`, regionCode: d.regionCode }));
}
