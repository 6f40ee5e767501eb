import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { seedBench, type BenchData } from "./bench-jures-seed";

/**
 * Data of `npm run bench:sessions`, on top of the jurors' bench (100,000 jurors, 300,000 habilitations,
 * 400,000 periods, 200 centres with an agrément for TP-00391 millésime 07): 1,800 more centres spread over
 * every département, 1 to 3 sites each, 4 agréments per site on the versions jurors hold; then 200,000
 * sessions (twenty years of national volume: 2007 to 2027, every status) and 600,000 convocations, three
 * active jurors habilitated for the version per session past the draft, plus removed ones. Every step is
 * one set-based statement (generate_series, window functions): no row is written from JavaScript.
 */
export type SessionsBenchData = BenchData & {
  sessionCounts: { centres: number; sites: number; agrements: number; sessions: number; sessionJures: number; departements: number; versions: number };
};

const EXTRA_CENTRES = 1_800;
export const BENCH_SESSIONS = 200_000;

const step = async (db: Db, label: string, statement: ReturnType<typeof sql>, log: (s: string) => void) => {
  const t0 = performance.now();
  await db.execute(statement);
  log(`    ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
};

export async function seedSessionsBench(db: Db, log: (s: string) => void = () => {}): Promise<SessionsBenchData> {
  const t0 = performance.now();
  const base = await seedBench(db);
  log(`    jurés, habilitations, périodes, 200 centres (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  await seedCentresAndAgrements(db, log);
  return { ...base, sessionCounts: await seedSessions(db, log) };
}

export async function seedCentresAndAgrements(db: Db, log: (s: string) => void) {

  // Centres: one per département in turn (all of them, overseas included), in its chef-lieu-like commune code.
  await step(
    db,
    "centres",
    sql`
    insert into centres (siret, raison_sociale, adresse, code_postal, commune_code, commune_nom, region_code, departement_code, type_centre, reseaux)
    select (91000000000000 + g)::text, 'CENTRE SESSIONS ' || g, g || ' avenue des Examens', d.code || '000', d.code || '001', 'Commune ' || d.code,
      d.region_code, d.code, (array['CFA', 'CRP', 'Autre', null])[1 + g % 4], '{}'::text[]
    from generate_series(1, ${EXTRA_CENTRES}::int) g
    join (select code, region_code, row_number() over (order by code) - 1 as k from departements) d on d.k = g % (select count(*) from departements)`,
    log,
  );
  await step(
    db,
    "sites",
    sql`
    insert into sites (centre_id, libelle, adresse, code_postal, commune_code, commune_nom)
    select c.id, 'Site ' || s, s || ' rue du Plateau', c.code_postal, c.commune_code, c.commune_nom
    from centres c cross join generate_series(1, 3) s
    where c.siret like '91%' and s <= 1 + (hashtext(c.siret) & 3) % 3`,
    log,
  );
  // Agréments: 4 per new site, on versions held by at least 20 jurors (ranked by popularity: the first
  // ones, TP-00391 first, get most of them, as sessions do in life); the jurors' bench already gave the
  // 200 first centres one on the popular version.
  await step(
    db,
    "agréments",
    sql`
    with v as (
      select titre_version_id as id, row_number() over (order by count(*) desc, titre_version_id) - 1 as k
      from habilitations group by titre_version_id having count(*) >= 20
    ), n as (select count(*) as n from v)
    insert into agrements (centre_id, site_id, titre_version_id, statut, date_decision, valid_from, valid_to, source)
    select s.centre_id, s.id, v.id, 'acceptee', '2006-06-01', '2006-06-01', null, 'valce'
    from (select id, centre_id, row_number() over (order by id) as r from sites where libelle like 'Site %') s
    cross join generate_series(0, 3) a
    join n on true
    join v on v.k = (case when a = 0 then (s.r % 8) else (s.r * 7 + a * 13) % least(n.n, 120) end)`,
    log,
  );
}

export async function seedSessions(db: Db, log: (s: string) => void): Promise<SessionsBenchData["sessionCounts"]> {
  const t0 = performance.now();
  // Sessions: 200,000 over 2007–2027 (about 27 a day), spread over the agréments (hence centres, sites,
  // départements and versions). Status follows the date: past ones mostly validated, some cancelled or
  // still in progress; future ones drafts, declared, with a jury, or cancelled. Number: year of the first
  // day, département, sequence of that year and département (then session_numeros knows the last one).
  await step(
    db,
    "sessions",
    sql`
    with a as (
      select ag.id, ag.centre_id, ag.site_id, ag.titre_version_id, c.region_code, c.departement_code, row_number() over (order by ag.id) - 1 as k
      from agrements ag join centres c on c.id = ag.centre_id where ag.statut = 'acceptee'
    ), g as (
      -- The agrément's rank computed here, so that the join below is a plain equality (a hash join).
      select g, ('2007-01-01'::date + ((g::bigint * 104729) % 7670)::int) as debut, (hashtext(g::text) & 1023) as h,
        (g::bigint * 7919) % (select count(*) from agrements where statut = 'acceptee') as k
      from generate_series(1, ${BENCH_SESSIONS}::int) g
    ), rows as (
      select g.g, g.debut, g.h, a.id, a.centre_id, a.site_id, a.titre_version_id, a.region_code, a.departement_code,
        case when g.debut < '2026-06-01' then
               case when g.h < 870 then 'validee' when g.h < 930 then 'annulee' when g.h < 960 then 'transmise' when g.h < 990 then 'resultats_saisis' else 'jury_constitue' end
             else case when g.h < 200 then 'brouillon' when g.h < 500 then 'declaree' when g.h < 950 then 'jury_constitue' else 'annulee' end
        end::session_statut as statut
      from g join a on a.k = g.k
    )
    insert into sessions (numero, centre_id, site_id, titre_version_id, agrement_id, region_code, departement_code, type, date_debut, date_fin,
      heure_debut, convocation_at, capacite, statut, motif_statut, created_at, updated_at, planning_changed_at)
    select extract(year from debut)::int || '-' || departement_code || '-' || lpad((row_number() over (partition by extract(year from debut), departement_code order by g))::text, 5, '0'),
      centre_id, site_id, titre_version_id, id, region_code, departement_code, case when h % 5 = 0 then 'ccp' else 'titre' end::session_type,
      debut, debut + (g % 3), case when h % 7 = 0 then '09:00' else '08:00' end,
      ((debut - (h % 4 = 0)::int) + time '08:00') at time zone 'Europe/Paris', 8 + (h % 8), statut,
      case when statut = 'annulee' then 'Annulée faute de candidats' end,
      (debut - 60)::timestamptz, (debut - 30)::timestamptz, (debut - 30)::timestamptz
    from rows`,
    log,
  );
  await step(
    db,
    "numéros",
    sql`
    insert into session_numeros (annee, departement_code, dernier)
    select extract(year from date_debut)::int, departement_code, count(*) from sessions group by 1, 2
    on conflict (annee, departement_code) do update set dernier = excluded.dernier`,
    log,
  );

  // Convocations: three active jurors per session past the draft, habilitated for its version (the n-th
  // juror of the version, n spread by a hash, so popular jurors sit often, sometimes on overlapping days as
  // the old data has it); one session in twenty also keeps a removed juror (reason given): about 600,000 rows.
  await step(
    db,
    "convocations",
    sql`
    with hv as (
      select titre_version_id, jure_id, row_number() over (partition by titre_version_id order by jure_id) - 1 as k
      from habilitations
    ), vn as (
      select titre_version_id, count(*) as n from habilitations group by titre_version_id
    ), s as (
      select id, titre_version_id, statut, date_debut, (hashtext(id::text) & 1073741823)::bigint as h from sessions where statut <> 'brouillon'
    )
    insert into session_jures (session_id, jure_id, convoque_at, lettre_envoyee_at, retire_at, motif_retrait)
    select s.id, hv.jure_id, (s.date_debut - 40)::timestamptz,
      case when s.statut not in ('declaree', 'jury_constitue') or j.j = 0 then (s.date_debut - 35)::timestamptz end,
      case when j.j = 3 then (s.date_debut - 20)::timestamptz end,
      case when j.j = 3 then 'Indisponible (arrêt maladie)' end
    from s cross join generate_series(0, 3) j(j)
    join vn on vn.titre_version_id = s.titre_version_id
    join hv on hv.titre_version_id = s.titre_version_id and hv.k = (s.h + j.j * (vn.n / 4)) % vn.n
    where j.j < 3 or s.h % 20 = 0`,
    log,
  );
  await db.execute(sql`vacuum analyze`);

  const [counts] = rowsOf<SessionsBenchData["sessionCounts"]>(
    await db.execute(sql`select (select count(*) from centres)::int as centres, (select count(*) from sites)::int as sites,
      (select count(*) from agrements)::int as agrements, (select count(*) from sessions)::int as sessions,
      (select count(*) from session_jures)::int as "sessionJures", (select count(distinct departement_code) from sessions)::int as departements,
      (select count(distinct titre_version_id) from sessions)::int as versions`),
  );
  log(`    sessions et convocations (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return counts!;
}
