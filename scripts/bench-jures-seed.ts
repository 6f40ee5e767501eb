import communesData from "@etalab/decoupage-administratif/data/communes.json" with { type: "json" };
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { agrements, centres, sites, titres, titreVersions } from "@/db/schema";
import type { CogCommune } from "@/db/seed/commune-rows";
import { seedNsf, seedTitres } from "@/db/seed/referentiels";
import { seedTerritoires } from "@/db/seed/territoires";

/** Deterministic pseudo-random numbers (mulberry32), so that both engines get the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOMS = ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "LEFEVRE", "FAURE", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER", "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLEMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON", "NGUYEN", "DIALLO", "BENALI", "TRAORE", "KOWALSKI", "DA SILVA", "FERREIRA", "LOPEZ", "MARCHAND", "DUMONT"];
const PRENOMS = ["Marie", "Jean", "Nathalie", "Philippe", "Isabelle", "Michel", "Sylvie", "Alain", "Catherine", "Patrick", "Françoise", "Nicolas", "Sandrine", "Christophe", "Valérie", "Stéphane", "Christine", "Pierre", "Véronique", "Laurent", "Sophie", "Éric", "Céline", "David", "Karine", "Frédéric", "Julie", "Olivier", "Aurélie", "Thierry", "Émilie", "Pascal", "Nadia", "Karim", "Fatima", "Mamadou", "Yasmine", "Hugo", "Léa", "Chloé"];

export type BenchData = {
  titreVersionId: string;
  titreCode: string;
  habilitationsPopulaires: number;
  centreIds: { id: string; regionCode: string; departementCode: string }[];
  /** Rows actually in the tables, counted after the load. */
  counts: { jures: number; habilitations: number; periodes: number; liens: number };
};

/** Inserts columns of values in batches, each batch one statement with one JSON parameter (t.c0, t.c1…). */
async function insertColumns(db: Db, statement: (json: string) => ReturnType<typeof sql>, columns: string[][], batch = 25_000) {
  for (let i = 0; i < columns[0]!.length; i += batch) {
    const rows = columns[0]!.slice(i, i + batch).map((_, r) => Object.fromEntries(columns.map((c, k) => [`c${k}`, c[i + r]])));
    await db.execute(statement(JSON.stringify(rows)));
  }
}

const recordset = (json: string, n: number) => sql.raw(`jsonb_to_recordset('${json.replace(/'/g, "''")}'::jsonb) as t(${Array.from({ length: n }, (_, k) => `c${k} text`).join(", ")})`);

/**
 * 100,000 jurors; 300,000 habilitations, 3 per juror on distinct versions, the versions' popularity following
 * a Zipf law of exponent 0.7 (TP-00391 millésime 07 first); 400,000 periods (every habilitation has one,
 * 100,000 a second one, right after the first or after a gap); 20,000 links to 200 centres. The 17 real
 * titles of titres.csv are completed by 240 synthetic ones (TP-9xxxx, in the bench database only) to reach
 * the ~258 titles of the ministry; one version in three has a fin de vie, so that R3 is exercised.
 */
async function seedSyntheticTitres(db: Db) {
  const rows = await db
    .insert(titres)
    .values(Array.from({ length: 240 }, (_, k) => ({ code: `TP-9${String(k + 1).padStart(4, "0")}`, intitule: `Titre synthétique ${k + 1}` })))
    .returning({ id: titres.id });
  await db.insert(titreVersions).values(
    rows.flatMap((t, k) => [
      { titreId: t.id, millesime: "02", dateVersion: "2019-01-01", niveau: 3 + (k % 4) },
      ...(k % 2 === 0 ? [{ titreId: t.id, millesime: "01", dateVersion: "2012-01-01", niveau: 3 + (k % 4), finDeVie: `20${18 + (k % 7)}-12-31` }] : []),
    ]),
  );
  // The 2011 version of TP-00391 ended when millésime 07 came (04/07/2023): bench data only.
  await db.execute(sql`update titre_versions set fin_de_vie = '2023-07-03' where date_version = '2011-03-16' and titre_id = (select id from titres where code = 'TP-00391')`);
}

export async function seedBench(db: Db, sizes = { jures: 100_000, habilitations: 300_000, periodes: 400_000 }): Promise<BenchData> {
  await db.transaction(async (tx) => {
    await seedTerritoires(tx);
    await seedNsf(tx);
    await seedTitres(tx);
    await seedSyntheticTitres(tx as unknown as Db);
  });
  const rand = random(20260101);
  const departements = new Set(rowsOf<{ code: string }>(await db.execute(sql`select code from departements`)).map((d) => d.code));
  const communes = (communesData as CogCommune[]).filter((c) => c.type === "commune-actuelle" && departements.has(c.departement) && (c.population ?? 0) > 2000);

  const centreRows = Array.from({ length: 200 }, (_, i) => {
    const c = communes[Math.floor(rand() * communes.length)]!;
    return { siret: String(90_000_000_000_000 + i), raisonSociale: `CENTRE BENCH ${i}`, adresse: "1 rue du Banc", codePostal: c.codesPostaux?.[0] ?? "00000", communeCode: c.code, communeNom: c.nom, regionCode: c.region!, departementCode: c.departement };
  });
  const centreIds = await db.insert(centres).values(centreRows).returning({ id: centres.id, regionCode: centres.regionCode, departementCode: centres.departementCode });

  const cols: string[][] = [[], [], [], [], [], [], [], []];
  for (let i = 0; i < sizes.jures; i++) {
    const c = communes[Math.floor(rand() * communes.length)]!;
    const nom = NOMS[i % NOMS.length]!;
    const prenom = PRENOMS[Math.floor(i / NOMS.length) % PRENOMS.length]!;
    const slot = Math.floor(i / (NOMS.length * PRENOMS.length));
    const naissance = new Date(Date.UTC(1950, 0, 1) + (slot * 400 + Math.floor(rand() * 399)) * 86_400_000).toISOString().slice(0, 10);
    for (const [k, v] of [nom, prenom, naissance, c.code, c.nom, c.departement, c.region!, `${prenom}.${nom}.${i}@jures.example`.toLowerCase()].entries()) cols[k]!.push(v);
  }
  await insertColumns(
    db,
    (json) => sql`
      insert into jures (civilite, nom_naissance, prenoms, date_naissance, naissance_commune_code, naissance_commune_nom,
        residence_commune_code, residence_commune_nom, residence_departement_code, residence_region_code, email,
        nom_naissance_normalise, prenoms_normalises, nom_recherche)
      select case when random() < 0.5 then 'Madame' else 'Monsieur' end, c0, c1, c2::date, c3, c4, c3, c4, c5, c6, c7,
        lower(immutable_unaccent(c0)), lower(immutable_unaccent(c1)), lower(immutable_unaccent(c0 || ' ' || c1))
      from ${recordset(json, 8)}`,
    cols,
  );

  const jureIds = rowsOf<{ id: string }>(await db.execute(sql`select id from jures order by nom_naissance, prenoms, date_naissance`)).map((r) => r.id);
  const versions = rowsOf<{ id: string; code: string; fin_de_vie: string | null }>(
    await db.execute(sql`select tv.id, t.code, tv.fin_de_vie::text from titre_versions tv join titres t on t.id = tv.titre_id order by t.code, tv.date_version nulls last, tv.millesime`),
  );
  // TP-00391 (ADVF), millésime 07 then 2011, first: the most convened title in the bench as in life.
  versions.sort((a, b) => Number(b.code === "TP-00391") - Number(a.code === "TP-00391") || Number(a.fin_de_vie !== null) - Number(b.fin_de_vie !== null));
  const weights = versions.map((_, k) => 1 / Math.pow(k + 1, 0.7));
  const total = weights.reduce((s, w) => s + w, 0);
  const pick = () => {
    let r = rand() * total;
    for (let k = 0; k < weights.length; k++) if ((r -= weights[k]!) <= 0) return k;
    return weights.length - 1;
  };

  const perJure = sizes.habilitations / sizes.jures;
  const hab: string[][] = [[], []];
  const chosen: number[] = [];
  for (const jureId of jureIds) {
    const taken = new Set<number>();
    while (taken.size < perJure) taken.add(pick());
    for (const k of taken) {
      hab[0]!.push(jureId);
      hab[1]!.push(versions[k]!.id);
      chosen.push(k);
    }
  }
  await insertColumns(db, (json) => sql`insert into habilitations (jure_id, titre_version_id, date_debut_emploi, date_derniere_occupation, date_professionnalisation)
    select c0::uuid, c1::uuid, '2000-01-01', '2015-01-01', '2012-06-01' from ${recordset(json, 2)}`, hab);

  const habRows = rowsOf<{ id: string; jure_id: string; titre_version_id: string }>(await db.execute(sql`select id, jure_id, titre_version_id from habilitations order by jure_id, titre_version_id`));
  const fdv = new Map(versions.map((v) => [v.id, v.fin_de_vie]));
  const per: string[][] = [[], [], [], [], []];
  const day = (d: number) => new Date(Date.UTC(2010, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const seconds: [string, string][] = [];
  const push = (h: (typeof habRows)[number], debut: string, fin: string) => [h.id, h.jure_id, h.titre_version_id, debut, fin].forEach((v, k) => per[k]!.push(v));
  for (const h of habRows) {
    const limit = fdv.get(h.titre_version_id);
    const clamp = (d: string) => (limit && d > limit ? limit : d);
    const start = Math.floor(rand() * 14 * 365);
    const debut = limit && day(start) > limit ? limit : day(start);
    const fin = clamp(day(start + 5 * 365));
    push(h, debut, fin);
    const second = start + 5 * 365 + (rand() < 0.5 ? 1 : 30 + Math.floor(rand() * 400));
    if (day(second) <= clamp(day(second + 5 * 365))) seconds.push([day(second), clamp(day(second + 5 * 365))]);
    else seconds.push(["", ""]);
  }
  // The second periods: one habilitation in three among those that still have room before their fin de vie.
  const room = habRows.map((_, i) => i).filter((i) => seconds[i]![0]);
  const extra = Math.min(sizes.periodes - sizes.habilitations, room.length);
  for (let n = 0; n < extra; n++) {
    const i = room[Math.floor((n * room.length) / extra)]!;
    push(habRows[i]!, seconds[i]![0], seconds[i]![1]);
  }
  await insertColumns(db, (json) => sql`insert into habilitation_periodes (habilitation_id, jure_id, titre_version_id, date_debut, date_fin)
    select c0::uuid, c1::uuid, c2::uuid, c3::date, c4::date from ${recordset(json, 5)}`, per);

  const links: string[][] = [[], [], []];
  for (let i = 0; i < 20_000; i++) {
    links[0]!.push(jureIds[Math.floor(rand() * jureIds.length)]!);
    links[1]!.push(centreIds[Math.floor(rand() * centreIds.length)]!.id);
    links[2]!.push(day(Math.floor(rand() * 14 * 365)));
  }
  await insertColumns(db, (json) => sql`insert into jure_centre_links (jure_id, centre_id, type, date_debut)
    select c0::uuid, c1::uuid, 'formateur', c2::date from ${recordset(json, 3)}`, links);
  // What autovacuum does after a bulk load: statistics, and the visibility map that index-only scans need.
  await db.execute(sql`vacuum analyze`);

  const popular = versions[0]!;
  // Centre users see the list only under a valid agrément (R1): every bench centre holds one for the measured version.
  const siteIds = await db
    .insert(sites)
    .values(centreRows.map((c, i) => ({ centreId: centreIds[i]!.id, libelle: "Site principal", adresse: c.adresse, codePostal: c.codePostal, communeCode: c.communeCode, communeNom: c.communeNom })))
    .returning({ id: sites.id, centreId: sites.centreId });
  await db.insert(agrements).values(siteIds.map((s) => ({ centreId: s.centreId, siteId: s.id, titreVersionId: popular.id, statut: "acceptee" as const, validFrom: "2015-01-01", validTo: popular.fin_de_vie })));
  const [counts] = rowsOf<BenchData["counts"]>(
    await db.execute(sql`select (select count(*) from jures)::int as jures, (select count(*) from habilitations)::int as habilitations,
      (select count(*) from habilitation_periodes)::int as periodes, (select count(*) from jure_centre_links)::int as liens`),
  );
  return { titreVersionId: popular.id, titreCode: popular.code, habilitationsPopulaires: chosen.filter((k) => k === 0).length, centreIds, counts: counts! };
}
