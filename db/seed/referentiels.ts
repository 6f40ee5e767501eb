import { readFileSync } from "node:fs";
import path from "node:path";
import communesData from "@etalab/decoupage-administratif/data/communes.json" with { type: "json" };
import departementsData from "@etalab/decoupage-administratif/data/departements.json" with { type: "json" };
import { and, eq, isNull, sql } from "drizzle-orm";
import countries from "i18n-iso-countries";
import countriesFr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import type { DbOrTx, Tx } from "@/db/client";
import { communes, departements, nsfCodes, pays } from "@/db/schema";
import { parseCsvObjects as parseCsv } from "@/lib/import/csv";
import { normalizeName } from "@/lib/text/normalize";
import { importTitresAsSystem } from "@/lib/titres/import/apply";
import { buildCommuneRows, type CogCommune, type HistoricalCommune } from "./commune-rows";
import { count, type SeedCount } from "./territoires";

export const REFERENCE_DIR = path.join(process.cwd(), "db", "reference");
const readReference = (file: string) => readFileSync(path.join(REFERENCE_DIR, file), "utf8");
const BATCH = 1000;

function chunks<T>(rows: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function seedNsf(tx: DbOrTx): Promise<SeedCount> {
  const rows = parseCsv(readReference("nsf.csv")).map((r) => ({
    code: r.code!.replace(/\s+/g, ""),
    libelle: r.label!,
    niveau: r.niveau!,
    parentCode: r.parent ? r.parent.replace(/\s+/g, "") : null,
  }));
  const result = await tx
    .insert(nsfCodes)
    .values(rows)
    .onConflictDoUpdate({
      target: nsfCodes.code,
      set: { libelle: sql`excluded.libelle`, niveau: sql`excluded.niveau`, parentCode: sql`excluded.parent_code` },
      setWhere: sql`(${nsfCodes.libelle}, ${nsfCodes.niveau}, ${nsfCodes.parentCode}) is distinct from (excluded.libelle, excluded.niveau, excluded.parent_code)`,
    })
    .returning({ inserted: sql<boolean>`xmax = 0` });
  return count("nsf_codes", result);
}

export async function seedCommunes(tx: DbOrTx): Promise<SeedCount> {
  const regionOf = new Map((departementsData as { code: string; region: string }[]).map((d) => [d.code, d.region]));
  const history = parseCsv(readReference("communes_historiques.csv")) as unknown as HistoricalCommune[];
  const rows = buildCommuneRows(communesData as CogCommune[], history, (dep) => regionOf.get(dep) ?? null);
  const results: { inserted: boolean }[] = [];
  for (const batch of chunks(rows)) {
    results.push(
      ...(await tx
        .insert(communes)
        .values(batch)
        .onConflictDoUpdate({
          target: [communes.code, communes.kind, communes.validFrom],
          set: {
            nom: sql`excluded.nom`,
            departementCode: sql`excluded.departement_code`,
            regionCode: sql`excluded.region_code`,
            parentCode: sql`excluded.parent_code`,
            validTo: sql`excluded.valid_to`,
            endPrecision: sql`excluded.end_precision`,
            endReason: sql`excluded.end_reason`,
            successorCode: sql`excluded.successor_code`,
            postalCodes: sql`excluded.postal_codes`,
            population: sql`excluded.population`,
            searchName: sql`excluded.search_name`,
          },
          setWhere: sql`(${communes.nom}, ${communes.departementCode}, ${communes.regionCode}, ${communes.parentCode}, ${communes.validTo}, ${communes.endPrecision}, ${communes.endReason}, ${communes.successorCode}, ${communes.postalCodes}, ${communes.population})
            is distinct from (excluded.nom, excluded.departement_code, excluded.region_code, excluded.parent_code, excluded.valid_to, excluded.end_precision, excluded.end_reason, excluded.successor_code, excluded.postal_codes, excluded.population)`,
        })
        .returning({ inserted: sql<boolean>`xmax = 0` })),
    );
  }
  // Rows inserted into an existing GIN index wait in its pending list, which every search then reads in full
  // until a vacuum runs: merge it now, and give the planner statistics for the new rows.
  await tx.execute(sql`select gin_clean_pending_list('communes_search_trgm_idx'::regclass), gin_clean_pending_list('communes_postal_idx'::regclass)`);
  await tx.execute(sql`analyze communes`);
  return count("communes", results);
}

export async function seedPays(tx: DbOrTx): Promise<SeedCount> {
  countries.registerLocale(countriesFr);
  const rows = Object.entries(countries.getNames("fr", { select: "official" }))
    .filter(([code]) => code !== "FR")
    .map(([code, nom]) => ({ code, nom, searchName: normalizeName(nom) }));
  const result = await tx
    .insert(pays)
    .values(rows)
    .onConflictDoUpdate({
      target: pays.code,
      set: { nom: sql`excluded.nom`, searchName: sql`excluded.search_name` },
      setWhere: sql`${pays.nom} is distinct from excluded.nom`,
    })
    .returning({ inserted: sql<boolean>`xmax = 0` });
  return count("pays", result);
}

/** Each UD's commune defaults to the chef-lieu of its département; a value set by a user is kept. */
export async function seedUdCommunes(tx: DbOrTx): Promise<SeedCount> {
  const chefLieux = (departementsData as { code: string; chefLieu: string }[]).map((d) => ({ code: d.code, chefLieu: d.chefLieu }));
  const names = new Map((communesData as CogCommune[]).filter((c) => c.type === "commune-actuelle").map((c) => [c.code, c.nom]));
  let updated = 0;
  for (const { code, chefLieu } of chefLieux) {
    const nom = names.get(chefLieu);
    if (!nom) continue;
    const result = await tx
      .update(departements)
      .set({ udCommuneCode: chefLieu, udCommuneNom: nom })
      .where(and(eq(departements.code, code), isNull(departements.udCommuneCode)))
      .returning({ code: departements.code });
    updated += result.length;
  }
  return { table: "departements (UD)", inserted: 0, updated };
}

/** Titles, versions and CCPs of titres.csv, through the same plan as a user's import (system actor). */
export async function seedTitres(tx: Tx): Promise<SeedCount> {
  const summary = await importTitresAsSystem(tx, new TextEncoder().encode(readReference("titres.csv")), "Chargement initial de titres.csv");
  if (summary.rejets) console.log(`  titres.csv : ${summary.rejets} ligne(s) non chargée(s) (sans code TP officiel ou invalides).`);
  return { table: "titres (lignes)", inserted: summary.creations, updated: summary.misesAJour };
}
