import { addMonths } from "@/lib/dates";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agrements, centres, centreTypes, communes, departements, reseauxCentre, sites, titres, titreVersions, type AgrementStatut } from "@/db/schema";

/** A seeded generator (mulberry32): the same bench data on every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
export type Rng = ReturnType<typeof prng>;

function luhnKey(body: string): string {
  for (let d = 0; d < 10; d++) {
    const digits = `${body}${d}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let v = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error("inaccessible");
}

/** A fictitious SIRET whose SIREN and SIRET both pass the Luhn check (never 356000000, La Poste). */
export function fakeSiret(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const siren = luhnKey(`${7 + rng.int(2)}${String(rng.int(1e7)).padStart(7, "0")}`);
    const siret = luhnKey(`${siren}${String(1 + rng.int(999)).padStart(4, "0")}`);
    if (!taken.has(siret)) {
      taken.add(siret);
      return siret;
    }
  }
}

export type BenchCommune = { code: string; nom: string; postalCode: string; departementCode: string; regionCode: string };

/** Current communes with a postal code; drawn half by population (cities have more centres), half uniformly. */
export async function loadCommunePool(db: Db) {
  const rows = await db
    .select({ code: communes.code, nom: communes.nom, postalCodes: communes.postalCodes, departementCode: communes.departementCode, regionCode: departements.regionCode, population: communes.population })
    .from(communes)
    .innerJoin(departements, eq(departements.code, communes.departementCode))
    .where(and(isNull(communes.validTo), eq(communes.kind, "commune"), sql`cardinality(${communes.postalCodes}) > 0`))
    .orderBy(communes.code);
  const pool: BenchCommune[] = rows.map((r) => ({ code: r.code, nom: r.nom, postalCode: r.postalCodes[0]!, departementCode: r.departementCode, regionCode: r.regionCode }));
  const cumulative: number[] = [];
  let total = 0;
  for (const r of rows) cumulative.push((total += Math.max(r.population ?? 0, 1)));
  return (rng: Rng): BenchCommune => {
    if (rng.next() < 0.5) return rng.pick(pool);
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo]!;
  };
}

export type BenchVersion = { id: string; titreId: string; code: string; dateVersion: string | null; finDeVie: string | null };

export async function loadVersions(db: Db): Promise<BenchVersion[]> {
  return db
    .select({ id: titreVersions.id, titreId: titreVersions.titreId, code: titres.code, dateVersion: titreVersions.dateVersion, finDeVie: titreVersions.finDeVie })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .orderBy(titres.code, titreVersions.id);
}

const STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue Pasteur", "place de la Mairie", "zone artisanale des Prés", "rue du 19 mars 1962", "avenue de l'Europe", "chemin des Écoles"];
const KINDS = ["Institut de formation", "Centre de formation", "Association", "École des métiers", "Organisme de formation", "Atelier formation"];
const date = (rng: Rng, fromYear: number, years: number) => `${fromYear + rng.int(years)}-${String(1 + rng.int(12)).padStart(2, "0")}-${String(1 + rng.int(28)).padStart(2, "0")}`;
export const benchAddress = (rng: Rng) => `${1 + rng.int(180)} ${rng.pick(STREETS)}`.toUpperCase();

async function insertBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const STATUTS: AgrementStatut[] = ["acceptee", "acceptee", "acceptee", "acceptee", "acceptee", "acceptee", "en_instruction", "refusee", "refusee", "retiree"];

/** 10,000 centres, 20,000 sites and 100,000 agréments spread over the territory and the loaded versions. */
export async function seedBenchData(db: Db, rng: Rng, counts = { centres: 10_000, sites: 20_000, agrements: 100_000 }) {
  const drawCommune = await loadCommunePool(db);
  const versions = await loadVersions(db);
  const sirets = new Set<string>();
  const centreRows = Array.from({ length: counts.centres }, (_, i) => {
    const commune = drawCommune(rng);
    const type = rng.next() < 0.4 ? null : rng.pick(["CFA", "CFA", "CRP", "Autre"]);
    return {
      id: randomUUID(),
      siret: fakeSiret(rng, sirets),
      raisonSociale: `${rng.pick(KINDS)} ${commune.nom} ${i + 1}`.toUpperCase(),
      adresse: benchAddress(rng),
      codePostal: commune.postalCode,
      communeCode: commune.code,
      communeNom: commune.nom,
      regionCode: commune.regionCode,
      departementCode: commune.departementCode,
      typeCentre: type,
      reseaux: rng.next() < 0.7 ? [...new Set([rng.pick(reseauxCentre), rng.pick(reseauxCentre)])].slice(0, 1 + rng.int(2)) : [],
    };
  });
  await insertBatches(centreRows, (b) => db.insert(centres).values(b));
  const typeRows = centreRows.filter((c) => c.typeCentre).map((c) => ({ centreId: c.id, typeCentre: c.typeCentre, validFrom: date(rng, 2010, 14), recordedBy: "bench" }));
  await insertBatches(typeRows, (b) => db.insert(centreTypes).values(b));

  const siteRows = Array.from({ length: counts.sites }, (_, i) => {
    const centre = i < centreRows.length ? centreRows[i]! : rng.pick(centreRows);
    const same = i < centreRows.length || rng.next() < 0.6;
    const commune = same ? { code: centre.communeCode, nom: centre.communeNom, postalCode: centre.codePostal } : drawCommune(rng);
    const adresse = i < centreRows.length ? centre.adresse : benchAddress(rng);
    return { id: randomUUID(), centreId: centre.id, libelle: `${commune.nom} — ${adresse}`, adresse, codePostal: commune.postalCode, communeCode: commune.code, communeNom: commune.nom };
  });
  await insertBatches(siteRows, (b) => db.insert(sites).values(b));

  let legacy = 0;
  const agrementRows = Array.from({ length: counts.agrements }, () => {
    const site = rng.pick(siteRows);
    const version = rng.pick(versions);
    const statut = rng.pick(STATUTS);
    const decided = statut !== "en_instruction";
    const validFrom = statut === "refusee" || !decided ? null : date(rng, 2015, 12);
    let validTo = validFrom ? addMonths(validFrom, 60) : null;
    if (validTo && version.finDeVie && validTo > version.finDeVie) validTo = version.finDeVie;
    const fromValce = rng.next() < 0.5;
    return {
      centreId: site.centreId,
      siteId: site.id,
      titreVersionId: version.id,
      statut,
      dateDecision: decided ? (validFrom ?? date(rng, 2015, 12)) : null,
      validFrom,
      validTo: validFrom && validTo && validTo < validFrom ? validFrom : validTo,
      source: fromValce ? ("valce" as const) : ("ceres" as const),
      legacyRef: fromValce ? `VALCE-BENCH-${String(++legacy).padStart(7, "0")}` : null,
    };
  });
  await insertBatches(agrementRows, (b) => db.insert(agrements).values(b));
  return { centres: centreRows, sites: siteRows, versions, drawCommune, sirets };
}

/** A VALCE export of `lines` lines: half on seeded centres and their sites, half on new centres, ~2 % broken. */
export function generateValceFile(rng: Rng, data: Awaited<ReturnType<typeof seedBenchData>>, lines: number): Uint8Array {
  const dated = data.versions.filter((v) => v.dateVersion);
  const fr = (iso: string) => iso.split("-").reverse().join("/");
  const newCentres = Array.from({ length: Math.round(lines / 5) }, () => ({ siret: fakeSiret(rng, data.sirets), commune: data.drawCommune(rng), adresse: benchAddress(rng) }));
  const centreOf = new Map(data.centres.map((c) => [c.id, c]));
  const out = ["Identifiant VALCE;SIRET;Raison sociale;Code titre;Date de version;Adresse du site;Code postal;Commune;Décision;Date de décision;Début de validité;Fin de validité;État VALCE;Motif"];
  for (let i = 0; i < lines; i++) {
    let siret: string, raison: string, adresse: string, cp: string, commune: string;
    if (rng.next() < 0.5) {
      const site = rng.pick(data.sites);
      const centre = centreOf.get(site.centreId)!;
      [siret, raison, adresse, cp, commune] = [centre.siret, centre.raisonSociale, site.adresse, site.codePostal, site.communeNom.toUpperCase()];
    } else {
      const c = rng.pick(newCentres);
      [siret, raison, adresse, cp, commune] = [c.siret, `CENTRE GÉNÉRÉ ${c.siret.slice(0, 6)}`, c.adresse, c.commune.postalCode, c.commune.nom];
    }
    const version = rng.pick(dated);
    const roll = rng.next();
    const decision = roll < 0.7 ? "Acceptée" : roll < 0.85 ? "Refusée" : "En cours d'instruction";
    const debut = `${2016 + rng.int(8)}-${String(1 + rng.int(12)).padStart(2, "0")}-01`;
    const fin = version.finDeVie && addMonths(debut, 60) > version.finDeVie ? version.finDeVie : addMonths(debut, 60);
    const broken = rng.next() < 0.02;
    const versionDate = broken && rng.next() < 0.5 ? "01/01/2019" : fr(version.dateVersion!);
    const decided = decision === "En cours d'instruction" ? ["", "", ""] : decision === "Refusée" ? [fr(debut), "", ""] : [broken ? "31/02/2023" : fr(debut), fr(debut), fr(fin)];
    out.push([`VALCE-GEN-${String(i + 1).padStart(6, "0")}`, siret, raison, version.code, versionDate, adresse, cp, commune, decision, ...decided, "En cours d'instruction", decision === "Refusée" ? "Plateau technique incomplet" : ""].join(";"));
  }
  return encodeWindows1252(out.join("\r\n") + "\r\n");
}

// Windows-1252 beyond Latin-1 (WHATWG), for the generated VALCE file: VALCE writes this encoding.
const CP1252_EXTRA: Record<string, number> = { "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89, "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f };

export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    out[n++] = CP1252_EXTRA[c] ?? (code <= 0xff && (code < 0x80 || code > 0x9f) ? code : 0x3f);
  }
  return out.subarray(0, n);
}
