import { daysBetween, type IsoDate } from "@/lib/dates";
import { sql, type SQL } from "drizzle-orm";
import { PROLONGATION } from "@/lib/titres/policy";

// R4 (with R3) for every juror at once, in SQL: the same rule as checkEligibility() in eligibility.ts, and
// tests/integration/jures-eligibilite.test.ts proves on generated cases that both answer the same.

/** Sessions last a few days; the coverage of a session is a 62-bit mask, and the form allows a month. */
export const MAX_SESSION_DAYS = 31;

export type ConvocationCriteria = {
  titreVersionId: string;
  debut: IsoDate;
  fin: IsoDate;
  centreId: string;
  /** The session the list is for, when it exists: its own jurors are not "already convened elsewhere". */
  sessionId?: string;
  prolongationMonths?: number;
  /** Size above which a set is read by walking jurors in name order (tests force each plan with 0 or Infinity). */
  largeSet?: number;
};

/**
 * The rule as CTEs, each a set of juror ids, so that the page and its counts read the same sets:
 * - `couverts`: habilitated for the version on every day of the session. Most jurors have one period that
 *   covers the whole session (seuil grows with d, so the last day's test is enough); the others may be
 *   covered by several periods together, checked day by day (day n sets bit n, whichever period covers
 *   it, so overlapping periods count once) over their few partial periods. On day d a period counts when
 *   d lies between its start and its effective end; with R3 the effective end of a period that ran until
 *   the fin de vie is the fin de vie + the prolongation, so the test becomes "date_fin >= seuil(d)" with
 *   seuil(d) = least(d, fin de vie) inside the prolongation, d without a fin de vie, never after it;
 * - `liens`: declared links to the session's centre active on some day of the session;
 * - `convoques`: convened (active row) to another non-cancelled session whose days overlap these;
 * - `eligibles` = couverts − liens − convoques; `candidats`: the jurors who hold a habilitation for the version
 *   (with or without periods) — the list. Jurors of another version of the title are left out: counting
 *   them distinct cost a third of the query, and they cannot sit on this version's juries anyway.
 */
export function ruleCtes(c: ConvocationCriteria): SQL {
  const months = c.prolongationMonths ?? PROLONGATION.habilitationMonths;
  // An integer series, whose size the planner knows (it assumes 1,000 rows for a series of dates).
  const jours = daysBetween(c.debut, c.fin);
  if (jours < 0 || jours >= MAX_SESSION_DAYS) throw new Error(`Session de ${jours + 1} jours : entre 1 et ${MAX_SESSION_DAYS} attendus.`);
  return sql`
    v as (
      select tv.id, tv.fin_de_vie, (tv.fin_de_vie + make_interval(months => ${months}::int))::date as fin_prolongee
      from titre_versions tv where tv.id = ${c.titreVersionId}::uuid
    ),
    jours as (select g as n, ${c.debut}::date + g as d from generate_series(0, ${jours}::int) g),
    seuils as (
      select jours.n, jours.d,
        case when v.fin_de_vie is null then jours.d
             when jours.d <= v.fin_prolongee then least(jours.d, v.fin_de_vie)
             else 'infinity'::date end as seuil
      from v, jours
    ),
    couverts as (
      select p.jure_id from habilitation_periodes p
      where p.titre_version_id = ${c.titreVersionId}::uuid and p.date_debut <= ${c.debut}::date and p.date_fin >= (select seuil from seuils where n = ${jours}::int)
      union
      select p.jure_id from habilitation_periodes p join seuils s on p.date_fin >= s.seuil and p.date_debut <= s.d
      where p.titre_version_id = ${c.titreVersionId}::uuid and p.date_debut <= ${c.fin}::date and p.date_fin >= (select seuil from seuils where n = 0)
        and not (p.date_debut <= ${c.debut}::date and p.date_fin >= (select seuil from seuils where n = ${jours}::int))
      group by p.jure_id having bit_or(1::bigint << s.n) = ${String(2n ** BigInt(jours + 1) - 1n)}::bigint
    ),
    liens as (
      select l.jure_id, l.type::text as type from jure_centre_links l
      where l.centre_id = ${c.centreId}::uuid and l.date_debut <= ${c.fin}::date and (l.date_fin is null or l.date_fin >= ${c.debut}::date)
    ),
    convoques as (
      select sj.jure_id from session_jures sj
      where sj.retire_at is null and sj.session_id = any(array(select s.id from sessions s where ${overlappingSessions(c.debut, c.fin, c.sessionId)}))
    ),
    eligibles as (
      select jure_id from couverts
      where not coalesce(jure_id in (select jure_id from liens), false) and not coalesce(jure_id in (select jure_id from convoques), false)
    ),
    candidats as (select h.jure_id from habilitations h where h.titre_version_id = ${c.titreVersionId}::uuid)`;
}

/**
 * The other non-cancelled sessions whose days meet [debut, fin], on `sessions s`. Written as a range overlap
 * so that the GiST index sessions_jours_idx (migration 0008) answers it from the dates alone, whatever the
 * length of the sessions: a btree on the first day would read every older session. The `convoques` CTE
 * reads their jurors through `session_id = any(array(…))`: the planner, which overestimates the overlapping
 * sessions, would otherwise hash-join them with all 600,000 convocations of twenty years (≈ 240 ms).
 */
export function overlappingSessions(debut: IsoDate | SQL, fin: IsoDate | SQL, sessionId?: string | SQL): SQL {
  const self = sessionId === undefined ? sql`` : sql` and s.id <> ${sessionId}::uuid`;
  return sql`daterange(s.date_debut, s.date_fin, '[]') && daterange(${debut}::date, ${fin}::date, '[]') and s.statut <> 'annulee'${self}`;
}

/** Latest effective end (R3) of the juror's periods for the version; null when they have none (→ non habilité). */
export const finHabilitationSql = sql`(
  select max(case when v.fin_de_vie is not null and p.date_fin >= v.fin_de_vie then v.fin_prolongee else p.date_fin end)
  from habilitation_periodes p, v where p.jure_id = jures.id and p.titre_version_id = v.id
)`;

/** Reasons of a listed juror, in the order of checkEligibility(). */
export const raisonsSql = sql`array_remove(array[
  case when ${finHabilitationSql} is null then 'non_habilite' end,
  case when ${finHabilitationSql} is not null and not (jures.id in (select jure_id from couverts)) then 'habilitation_incomplete' end,
  case when jures.id in (select jure_id from liens) then 'lie_au_centre' end,
  case when jures.id in (select jure_id from convoques) then 'deja_convoque' end
], null)`;

/** Types of the juror's links to the session's centre active during the session. */
export const liensActifsSql = sql`(
  select coalesce(array_agg(distinct liens.type order by liens.type), '{}'::text[]) from liens where liens.jure_id = jures.id
)`;
