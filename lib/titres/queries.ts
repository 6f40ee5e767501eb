import "server-only";
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { ccps, nsfCodes, titres, titreVersions } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type IsoDate, todayInParis } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { likePattern, type ListParams, type ListSpec } from "@/lib/table/list-params";
import { missingFields, titreStateOn, versionLabel } from "./current-version";
import { versionStateRankSql, versionStateSql } from "./state-sql";
import { prolongationEnd, sessionProlongationMonths, versionStateOn, type VersionState } from "./version-state";

// The titles are a national référentiel that every signed-in role reads (a centre chooses the version of
// its sessions among them): reads take the user for uniformity, and writes check canEditReferentiels.

export const titreListSpec = {
  sortable: ["code", "intitule", "niveau", "nsf", "version", "finDeVie", "etat"],
  defaultSort: "code",
  filters: ["q", "niveau", "etat", "nsf"],
} as const satisfies ListSpec<string, string>;

export type TitreListParams = ListParams<(typeof titreListSpec.sortable)[number], (typeof titreListSpec.filters)[number]>;

export const ETATS: readonly VersionState[] = ["en_vigueur", "en_prolongation", "expire"];
export const NIVEAUX = [3, 4, 5, 6, 7] as const;

/** Latest first: by version date (undated last), then by millésime. The same order everywhere. */
const currentFirst = [sql`${titreVersions.dateVersion} desc nulls last`, sql`${titreVersions.millesime} desc nulls last`, asc(titreVersions.id)];

function currentVersions(tx: DbOrTx) {
  return tx
    .selectDistinctOn([titreVersions.titreId], {
      titreId: titreVersions.titreId,
      id: titreVersions.id,
      millesime: titreVersions.millesime,
      dateVersion: titreVersions.dateVersion,
      niveau: titreVersions.niveau,
      rncp: titreVersions.rncp,
      nsfCode: titreVersions.nsfCode,
      finDeVie: titreVersions.finDeVie,
    })
    .from(titreVersions)
    .orderBy(titreVersions.titreId, ...currentFirst)
    .as("version_en_cours");
}

function listQuery(tx: DbOrTx, today: IsoDate) {
  const cv = currentVersions(tx);
  const etat = sql<VersionState | null>`case when ${cv.id} is null then null else ${versionStateSql(cv.finDeVie, today, sessionProlongationMonths("tous"))} end`;
  const rows = () =>
    tx
      .select({
        id: titres.id,
        code: titres.code,
        intitule: titres.intitule,
        sigle: titres.sigle,
        versionId: cv.id,
        millesime: cv.millesime,
        dateVersion: cv.dateVersion,
        niveau: cv.niveau,
        rncp: cv.rncp,
        nsfCode: cv.nsfCode,
        nsfLibelle: nsfCodes.libelle,
        finDeVie: cv.finDeVie,
      })
      .from(titres)
      .leftJoin(cv, eq(cv.titreId, titres.id))
      .leftJoin(nsfCodes, eq(nsfCodes.code, cv.nsfCode));
  const count = () =>
    tx
      .select({ total: sql<number>`count(*)::int` })
      .from(titres)
      .leftJoin(cv, eq(cv.titreId, titres.id));
  return { cv, etat, rows, count };
}

function filterConditions(q: ReturnType<typeof listQuery>, filters: TitreListParams["filters"]): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(
      or(
        sql`immutable_unaccent(${titres.intitule}) ilike immutable_unaccent(${pattern})`,
        sql`${titres.code} ilike ${pattern}`,
        sql`immutable_unaccent(coalesce(${titres.sigle}, '')) ilike immutable_unaccent(${pattern})`,
      )!,
    );
  }
  const niveau = Number(filters.niveau);
  if ((NIVEAUX as readonly number[]).includes(niveau)) conditions.push(eq(q.cv.niveau, niveau));
  if (filters.etat && (ETATS as readonly string[]).includes(filters.etat)) conditions.push(sql`${q.etat} = ${filters.etat}`);
  // Titles without any version lack their NSF too.
  if (filters.nsf === "manquant") conditions.push(isNull(q.cv.nsfCode));
  return conditions.length ? and(...conditions) : undefined;
}

type Row = {
  id: string;
  millesime: string | null;
  dateVersion: string | null;
  niveau: number | null;
  nsfCode: string | null;
  finDeVie: string | null;
  versionId: string | null;
};

function present<T extends Row>(row: T, today: IsoDate) {
  const current = row.versionId ? row : null;
  return {
    ...row,
    versionLabel: current ? versionLabel(current) : null,
    etat: titreStateOn(current, today),
    manquants: missingFields(current),
  };
}

/** One page of the national list of titles, with the state and completeness of each current version. */
export async function listTitresForUser(_user: CurrentUser, params: TitreListParams, tx: DbOrTx = getDb(), today: IsoDate = todayInParis()) {
  const q = listQuery(tx, today);
  const where = filterConditions(q, params.filters);
  const sortColumns: Record<TitreListParams["sort"], SQL | typeof titres.code> = {
    code: titres.code,
    intitule: sql`lower(immutable_unaccent(${titres.intitule}))`,
    niveau: sql`${q.cv.niveau}`,
    nsf: sql`${q.cv.nsfCode}`,
    version: sql`${q.cv.dateVersion}`,
    finDeVie: sql`${q.cv.finDeVie}`,
    etat: versionStateRankSql(q.etat),
  };
  const sortExpression = sortColumns[params.sort];
  const order = params.dir === "asc" ? sql`${sortExpression} asc nulls last` : sql`${sortExpression} desc nulls last`;
  const [rows, [count]] = await Promise.all([
    q
      .rows()
      .where(where)
      .orderBy(order, asc(titres.code))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    q.count().where(where),
  ]);
  return { rows: rows.map((r) => present(r, today)), total: count?.total ?? 0 };
}

export type TitreListRow = Awaited<ReturnType<typeof listTitresForUser>>["rows"][number];

/** Every title of the filtered list, by batches in code order (keyset), for the CSV export. */
export async function* iterateTitresForExport(
  _user: CurrentUser,
  filters: TitreListParams["filters"],
  batchSize = 500,
  tx: DbOrTx = getDb(),
  today: IsoDate = todayInParis(),
): AsyncGenerator<TitreListRow[]> {
  const q = listQuery(tx, today);
  let after: string | null = null;
  for (;;) {
    const where = and(filterConditions(q, filters), after ? sql`${titres.code} > ${after}` : undefined);
    const rows = await q.rows().where(where).orderBy(asc(titres.code)).limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map((r) => present(r, today));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.code;
  }
}

/** A title with all its versions (current first) and their CCPs in order; null when it does not exist. */
export async function getTitreForUser(_user: CurrentUser, id: string, tx: DbOrTx = getDb(), today: IsoDate = todayInParis()) {
  if (!isUuid(id)) return null;
  const [titre] = await tx
    .select({ id: titres.id, code: titres.code, intitule: titres.intitule, sigle: titres.sigle, version: titres.version })
    .from(titres)
    .where(eq(titres.id, id));
  if (!titre) return null;
  const versions = await tx
    .select({
      id: titreVersions.id,
      millesime: titreVersions.millesime,
      dateVersion: titreVersions.dateVersion,
      niveau: titreVersions.niveau,
      rncp: titreVersions.rncp,
      nsfCode: titreVersions.nsfCode,
      nsfLibelle: nsfCodes.libelle,
      finDeVie: titreVersions.finDeVie,
      version: titreVersions.version,
    })
    .from(titreVersions)
    .leftJoin(nsfCodes, eq(nsfCodes.code, titreVersions.nsfCode))
    .where(eq(titreVersions.titreId, id))
    .orderBy(...currentFirst);
  const ccpRows = versions.length
    ? await tx
        .select({ id: ccps.id, versionId: ccps.titreVersionId, numero: ccps.numero, libelle: ccps.libelle })
        .from(ccps)
        .where(inArray(ccps.titreVersionId, versions.map((v) => v.id)))
        .orderBy(asc(ccps.numero))
    : [];
  const months = sessionProlongationMonths("tous");
  return {
    ...titre,
    versions: versions.map((v, index) => ({
      ...v,
      label: versionLabel(v),
      current: index === 0,
      etat: versionStateOn(v.finDeVie, today, months),
      finProlongation: v.finDeVie ? prolongationEnd(v.finDeVie, months) : null,
      manquants: missingFields(v),
      ccps: ccpRows.filter((c) => c.versionId === v.id).map(({ versionId: _v, ...c }) => c),
    })),
  };
}

export type TitreDetail = NonNullable<Awaited<ReturnType<typeof getTitreForUser>>>;
export type TitreVersionDetail = TitreDetail["versions"][number];

/** The history of a title: its own changes and those of its versions and CCPs (all recorded on the title). */
export async function listTitreHistoryForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const titre = await getTitreForUser(user, id, tx);
  if (!titre) return null;
  return { titre, events: await listAuditEventsOfEntity("titre", id, tx) };
}

/** Codes a version may carry, for the suggestions of the NSF field: groups and group + letter codes. */
export async function listNsfOptions(tx: DbOrTx = getDb()) {
  return tx
    .select({ code: nsfCodes.code, libelle: nsfCodes.libelle })
    .from(nsfCodes)
    .where(sql`${nsfCodes.code} ~ '^[0-9]{3}[a-z]?$'`)
    .orderBy(asc(nsfCodes.code));
}
