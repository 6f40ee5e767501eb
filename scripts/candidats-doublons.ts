import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "@/db/client";
import { readCandidatsFile, type FileCandidat } from "@/lib/candidats/matching/file";
import { raisonsLibelles, SEUIL_DOUBLON } from "@/lib/candidats/matching/score";
import { loadAllSuccesseurs } from "@/lib/candidats/matching/successeurs";
import { findPairsInMemory } from "@/lib/candidats/scan/memory";
import { CSV_BOM, csvLine } from "@/lib/csv";

/**
 * `npm run candidats:doublons -- --entree fichier.csv --sortie paires.csv [--seuil 0.8] [--communes-base]`:
 * the duplicate matching of the scan (same blocks, same score) on any file of candidates in the documented
 * columns (docs/candidats-import.md), in memory. With --communes-base, the successor communes are read from
 * the configured database (DATABASE_URL, or the embedded one — not while the server runs on it).
 */
export const SORTIE_COLUMNS = ["identifiant_a", "ligne_a", "nom_a", "prenoms_a", "date_a", "identifiant_b", "ligne_b", "nom_b", "prenoms_b", "date_b", "score", "raisons", "libelles"];

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { entree: { type: "string" }, sortie: { type: "string" }, seuil: { type: "string" }, "communes-base": { type: "boolean" } },
  });
  if (!values.entree || !values.sortie) {
    console.error("Usage : npm run candidats:doublons -- --entree fichier.csv --sortie paires.csv [--seuil 0.8] [--communes-base]");
    return 2;
  }
  const seuil = values.seuil ? Number(values.seuil.replace(",", ".")) : SEUIL_DOUBLON;
  if (!(seuil > 0 && seuil <= 1)) {
    console.error("--seuil : un nombre entre 0 et 1 (par exemple 0.8).");
    return 2;
  }
  const read = readCandidatsFile(new Uint8Array(readFileSync(values.entree)));
  if (!read.ok) {
    console.error(read.message);
    return 1;
  }
  let successeurs: Map<string, string> | undefined;
  if (values["communes-base"]) {
    const handle = openConfiguredDatabase();
    try {
      successeurs = await loadAllSuccesseurs(handle.db);
    } finally {
      await handle.close();
    }
  }
  const started = performance.now();
  const pairs = findPairsInMemory(read.candidats, { successeurs, seuil });
  const byId = new Map<string, FileCandidat>(read.candidats.map((c) => [c.id, c]));
  let out = CSV_BOM + csvLine(SORTIE_COLUMNS);
  for (const p of pairs) {
    const a = byId.get(p.a)!;
    const b = byId.get(p.b)!;
    out += csvLine([a.id, a.ligne, a.nomNaissance, a.prenoms, a.dateAffichee, b.id, b.ligne, b.nomNaissance, b.prenoms, b.dateAffichee, p.score.toFixed(3), p.raisons.join(","), raisonsLibelles(p.raisons).join(" ; ")]);
  }
  writeFileSync(values.sortie, out);
  for (const r of read.rejets) console.error(`ligne ${r.ligne} ignorée : ${r.raison}`);
  console.log(
    `${read.candidats.length} candidats lus (${read.encoding}), ${read.rejets.length} lignes ignorées, ${pairs.length} paires au seuil ${seuil} en ${((performance.now() - started) / 1000).toFixed(1)} s → ${values.sortie}`,
  );
  return 0;
}

if (process.argv[1]?.endsWith("candidats-doublons.ts")) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
