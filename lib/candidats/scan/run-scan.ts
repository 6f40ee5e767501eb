import { eq, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { doublonScans } from "@/db/schema";
import { scorePair, SEUIL_DOUBLON, type MatchIdentity } from "@/lib/candidats/matching/score";
import { loadAllSuccesseurs } from "@/lib/candidats/matching/successeurs";
import { BLOCKS, type BlockName } from "./blocks";

/** Live records only; a.id < b.id except where the join itself is symmetric. */
const P = sql.raw(`a.nom_phonetique = b.nom_phonetique and a.nom_phonetique <> ''`);
const notP = sql.raw(`(a.nom_phonetique <> b.nom_phonetique or a.nom_phonetique = '')`);
const F = sql.raw(`a.premier_prenom_normalise = b.premier_prenom_normalise`);
const notF = sql.raw(`a.premier_prenom_normalise <> b.premier_prenom_normalise`);
const D = sql.raw(`a.date_naissance = b.date_naissance`);
// b's date is a's with day and month swapped: only when the day could be a month and differs from it.
const swapA = sql.raw(
  `(case when extract(day from a.date_naissance) <= 12 and extract(day from a.date_naissance) <> extract(month from a.date_naissance)
     then make_date(extract(year from a.date_naissance)::int, extract(day from a.date_naissance)::int, extract(month from a.date_naissance)::int) end)`,
);
const S = sql`b.date_naissance = ${swapA}`;
const notS = sql`b.date_naissance is distinct from ${swapA}`;
const L = sql.raw(`a.lieu_naissance_cle = b.lieu_naissance_cle and a.lieu_naissance_cle <> ''`);
const Y = sql.raw(`extract(year from a.date_naissance) = extract(year from b.date_naissance)`);
const M = sql.raw(`to_char(a.date_naissance, 'MMDD') = to_char(b.date_naissance, 'MMDD')`);
const notD = sql.raw(`a.date_naissance <> b.date_naissance`);
const notY = sql.raw(`extract(year from a.date_naissance) <> extract(year from b.date_naissance)`);

/** The SQL of each block of blocks.ts (same predicates, same order). */
export const BLOCK_SQL: Record<BlockName, SQL> = {
  nom_prenom: sql`${P} and ${F} and (${Y} or ${M})`,
  nom_date: sql`${P} and ${D} and ${notF}`,
  nom_date_inversee: sql`${P} and ${S} and ${notF}`,
  prenom_date: sql`${F} and ${D} and ${notP}`,
  prenom_date_inversee: sql`${F} and ${S} and ${notP}`,
  date_lieu: sql`${D} and ${L} and ${notP} and ${notF}`,
  nom_lieu_annee: sql`${P} and ${L} and ${Y} and ${notF} and ${notD} and ${notS}`,
  nom_lieu_jour: sql`${P} and ${L} and ${M} and ${notY} and ${notF}`,
  prenom_lieu_annee: sql`${F} and ${L} and ${Y} and ${notP} and ${notD} and ${notS}`,
  prenom_lieu_jour: sql`${F} and ${L} and ${M} and ${notY} and ${notP}`,
};

const side = (t: "a" | "b") =>
  sql.raw(
    `${t}.id as ${t}_id, ${t}.civilite as ${t}_civilite, ${t}.nom_naissance_normalise as ${t}_nom, ${t}.nom_usage_normalise as ${t}_usage,
     ${t}.premier_prenom_normalise as ${t}_prenom, ${t}.prenoms_normalises as ${t}_prenoms, to_char(${t}.date_naissance, 'YYYY-MM-DD') as ${t}_date,
     ${t}.lieu_naissance_cle as ${t}_lieu, ${t}.nom_phonetique as ${t}_phon`,
  );

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
export function blockQuery(name: BlockName): SQL {
  return sql`select ${side("a")}, ${side("b")}
    from candidats a join candidats b on ${BLOCK_SQL[name]} and a.id < b.id
    where a.merged_into_id is null and b.merged_into_id is null
      and not exists (select 1 from candidat_doublons d where d.candidat_a_id = a.id and d.candidat_b_id = b.id and d.statut <> 'a_examiner')`;
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
  let paires = 0;
  const report = async (avancement: number, detail: Pick<ScanProgress, "bloc" | "comparees" | "ms"> = {}) => {
    await db.update(doublonScans).set({ avancement, total, pairesTrouvees: paires }).where(eq(doublonScans.id, scanId));
    await onProgress?.({ avancement, total, paires, ...detail });
  };
  try {
    await db.update(doublonScans).set({ statut: "en_cours", avancement: 0, total, message: null }).where(eq(doublonScans.id, scanId));
    const successeurs = await loadAllSuccesseurs(db);
    await report(1);
    for (const [index, block] of BLOCKS.entries()) {
      const started = performance.now();
      // One block is a hash self-join of the whole table: enough memory that it does not spill to disk.
      const rows = await db.transaction(async (tx) => {
        await tx.execute(sql`set local work_mem = '256MB'`);
        return rowsOf<PairRow>(await tx.execute(blockQuery(block.name)));
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
    await db.update(doublonScans).set({ statut: "termine", termineAt: new Date(), pairesTrouvees: paires }).where(eq(doublonScans.id, scanId));
    return { avancement: total, total, paires };
  } catch (error) {
    await db
      .update(doublonScans)
      .set({ statut: "echec", termineAt: new Date(), message: error instanceof Error ? error.message.slice(0, 500) : String(error) })
      .where(eq(doublonScans.id, scanId));
    throw error;
  }
}
