import { eq, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { doublonScans } from "@/db/schema";
import { scorePair, SEUIL_DOUBLON, type MatchIdentity } from "@/lib/candidats/matching/score";
import { loadAllSuccesseurs } from "@/lib/candidats/matching/successeurs";
import { BLOCKS, type BlockName } from "./blocks";

/**
 * The scan works on a staging table of the live records with every block key as a plain column (year, day
 * and month, swapped date): each block is then a hash join on columns, not on expressions. The table is
 * UNLOGGED, named after the run, and dropped at the end (or by the next run of the same id).
 */
export function stagingTable(scanId: string): string {
  return `doublon_scan_${scanId.replace(/[^0-9a-f]/gi, "").slice(0, 32)}`;
}

function stagingSql(table: string): SQL {
  return sql.raw(`create unlogged table ${table} as
    select id, civilite, nom_naissance_normalise as nom, nom_usage_normalise as usage, premier_prenom_normalise as prenom,
      prenoms_normalises as prenoms, date_naissance as d, to_char(date_naissance, 'YYYY-MM-DD') as ds, lieu_naissance_cle as lieu,
      nom_phonetique as ph, extract(year from date_naissance)::int as y, to_char(date_naissance, 'MMDD') as md,
      case when extract(day from date_naissance) <= 12 and extract(day from date_naissance) <> extract(month from date_naissance)
        then make_date(extract(year from date_naissance)::int, extract(day from date_naissance)::int, extract(month from date_naissance)::int) end as sw
    from candidats where merged_into_id is null`);
}

const P = `a.ph = b.ph and a.ph <> ''`;
const notP = `(a.ph <> b.ph or a.ph = '')`;
const F = `a.prenom = b.prenom`;
const notF = `a.prenom <> b.prenom`;
const D = `a.d = b.d`;
const notD = `a.d <> b.d`;
// b's date is a's with day and month swapped (sw is null when the day cannot be a month or equals it).
const S = `a.sw = b.d`;
const notS = `a.sw is distinct from b.d`;
const L = `a.lieu = b.lieu and a.lieu <> ''`;
const Y = `a.y = b.y`;
const notY = `a.y <> b.y`;
const M = `a.md = b.md`;

/** The join condition of each block of blocks.ts (same predicates, same order). */
export const BLOCK_SQL: Record<BlockName, string> = {
  nom_prenom: `${P} and ${F} and (${Y} or ${M})`,
  nom_date: `${P} and ${D} and ${notF}`,
  nom_date_inversee: `${P} and ${S} and ${notF}`,
  prenom_date: `${F} and ${D} and ${notP}`,
  prenom_date_inversee: `${F} and ${S} and ${notP}`,
  date_lieu: `${D} and ${L} and ${notP} and ${notF}`,
  nom_lieu_annee: `${P} and ${L} and ${Y} and ${notF} and ${notD} and ${notS}`,
  nom_lieu_jour: `${P} and ${L} and ${M} and ${notY} and ${notF}`,
  prenom_lieu_annee: `${F} and ${L} and ${Y} and ${notP} and ${notD} and ${notS}`,
  prenom_lieu_jour: `${F} and ${L} and ${M} and ${notY} and ${notP}`,
};

const side = (t: "a" | "b") =>
  `${t}.id as ${t}_id, ${t}.civilite as ${t}_civilite, ${t}.nom as ${t}_nom, ${t}.usage as ${t}_usage, ${t}.prenom as ${t}_prenom,
   ${t}.prenoms as ${t}_prenoms, ${t}.ds as ${t}_date, ${t}.lieu as ${t}_lieu, ${t}.ph as ${t}_phon`;

type PairRow = Record<`${"a" | "b"}_${"id" | "civilite" | "nom" | "usage" | "prenom" | "prenoms" | "date" | "lieu" | "phon"}`, string | null>;

function identityOf(row: PairRow, t: "a" | "b"): MatchIdentity {
  return {
    civilite: row[`${t}_civilite`],
    nomNaissanceNormalise: row[`${t}_nom`]!,
    nomUsageNormalise: row[`${t}_usage`],
    premierPrenomNormalise: row[`${t}_prenom`]!,
    prenomsNormalises: row[`${t}_prenoms`]!,
    dateNaissance: row[`${t}_date`]!,
    lieuNaissanceCle: row[`${t}_lieu`]!,
    nomPhonetique: row[`${t}_phon`]!,
  };
}

/** The pairs of one block, both identities side by side; a pair already decided (écartée, fusionnée) is left out. */
export function blockQuery(table: string, name: BlockName): SQL {
  // Swapping is an involution (a.sw = b.d exactly when b.sw = a.d), so a < b loses no swapped pair.
  return sql.raw(`select ${side("a")}, ${side("b")}
    from ${table} a join ${table} b on ${BLOCK_SQL[name]} and a.id < b.id
    where not exists (select 1 from candidat_doublons x where x.candidat_a_id = a.id and x.candidat_b_id = b.id and x.statut <> 'a_examiner')`);
}

export type ScanProgress = { avancement: number; total: number; paires: number; bloc?: string; comparees?: number; ms?: number };
type Found = { a: string; b: string; score: number; raisons: string[] };

async function storePairs(db: Db, found: Found[]): Promise<void> {
  for (let i = 0; i < found.length; i += 1000) {
    const chunk = found.slice(i, i + 1000);
    const values = sql.join(
      chunk.map((p) => sql`(${p.a}::uuid, ${p.b}::uuid, ${p.score}, ${`{${p.raisons.join(",")}}`}::text[])`),
      sql`, `,
    );
    // A pair already in the table keeps its decision: only pairs still to examine get the new score.
    await db.execute(sql`insert into candidat_doublons (candidat_a_id, candidat_b_id, score, raisons)
      values ${values}
      on conflict (candidat_a_id, candidat_b_id) do update set score = excluded.score, raisons = excluded.raisons
      where candidat_doublons.statut = 'a_examiner'`);
  }
}

/**
 * The national duplicate scan (one run of doublon_scans): each block of blocks.ts as one SQL self-join,
 * every pair scored with scorePair (the creation check's rules), the pairs at or above SEUIL_DOUBLON stored
 * in candidat_doublons (a < b, upsert). A pair dismissed (ecarte) or merged (fusionne) is never proposed
 * again. Progress (blocks done / blocks + 1) is written to the run after each block and reported.
 */
export async function runDuplicateScan(db: Db, scanId: string, onProgress?: (p: ScanProgress) => void | Promise<void>, options: { seuil?: number } = {}): Promise<ScanProgress> {
  const seuil = options.seuil ?? SEUIL_DOUBLON;
  const total = BLOCKS.length + 1;
  const table = stagingTable(scanId);
  let paires = 0;
  const report = async (avancement: number, detail: Pick<ScanProgress, "bloc" | "comparees" | "ms"> = {}) => {
    await db.update(doublonScans).set({ avancement, total, pairesTrouvees: paires }).where(eq(doublonScans.id, scanId));
    await onProgress?.({ avancement, total, paires, ...detail });
  };
  try {
    await db.update(doublonScans).set({ statut: "en_cours", avancement: 0, total, message: null }).where(eq(doublonScans.id, scanId));
    const successeurs = await loadAllSuccesseurs(db);
    await db.execute(sql.raw(`drop table if exists ${table}`));
    await db.execute(stagingSql(table));
    await db.execute(sql.raw(`analyze ${table}`));
    await report(1);
    for (const [index, block] of BLOCKS.entries()) {
      const started = performance.now();
      // One block is a hash self-join of the whole table: enough memory that it does not spill to disk.
      const rows = await db.transaction(async (tx) => {
        await tx.execute(sql`set local work_mem = '256MB'`);
        return rowsOf<PairRow>(await tx.execute(blockQuery(table, block.name)));
      });
      const found: Found[] = [];
      for (const row of rows) {
        const { score, raisons } = scorePair(identityOf(row, "a"), identityOf(row, "b"), { successeurs });
        if (score >= seuil) found.push({ a: row.a_id!, b: row.b_id!, score, raisons });
      }
      await storePairs(db, found);
      paires += found.length;
      await report(index + 2, { bloc: block.name, comparees: rows.length, ms: Math.round(performance.now() - started) });
    }
    await db.execute(sql.raw(`drop table if exists ${table}`));
    await db.update(doublonScans).set({ statut: "termine", termineAt: new Date(), pairesTrouvees: paires }).where(eq(doublonScans.id, scanId));
    return { avancement: total, total, paires };
  } catch (error) {
    await db.execute(sql.raw(`drop table if exists ${table}`)).catch(() => {});
    await db
      .update(doublonScans)
      .set({ statut: "echec", termineAt: new Date(), message: error instanceof Error ? error.message.slice(0, 500) : String(error) })
      .where(eq(doublonScans.id, scanId));
    throw error;
  }
}
