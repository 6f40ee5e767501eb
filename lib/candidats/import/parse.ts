import { detectDelimiter, readCsv } from "@/lib/import/csv";
import { decodeImportFile, type ImportEncoding } from "@/lib/import/decode";
import type { UploadLimits } from "@/lib/import/upload";
import { parcoursTypes, type Parcours } from "@/db/schema";
import { normalizeName } from "@/lib/text/normalize";
import type { CandidatInput } from "../schemas";

/** The columns of docs/candidats-import.md, plus `parcours` for a session's import. */
export const REQUIRED_COLUMNS = ["civilite", "nom_naissance", "prenoms", "date_naissance", "parcours"] as const;
export const OPTIONAL_COLUMNS = ["identifiant", "nom_usage", "commune_naissance_code", "commune_naissance_nom", "pays_naissance_code", "ville_naissance", "adresse", "code_postal", "commune_residence_code", "email", "telephone"] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export type CandidatLine = { line: number; input: CandidatInput; parcours: Parcours | null; parcoursSaisi: string };
export type ParsedCandidats = { ok: true; lines: CandidatLine[]; encoding: ImportEncoding } | { ok: false; message: string };

export const CANDIDATS_UPLOAD: UploadLimits = { maxBytes: 2 * 1024 * 1024, split: "en plusieurs fichiers" };

const CIVILITES: Record<string, "Madame" | "Monsieur"> = { madame: "Madame", mme: "Madame", f: "Madame", monsieur: "Monsieur", m: "Monsieur", h: "Monsieur" };
const PARCOURS: Record<string, Parcours> = {
  ...Object.fromEntries(parcoursTypes.map((p) => [normalizeName(p), p])),
  "formation continue": "formation_continue",
  apprentissage: "apprentissage",
  vae: "vae",
  capitalisation: "capitalisation",
  "capitalisation de ccp": "capitalisation",
};

/** A session's candidates file: UTF-8 or Windows-1252, semicolons or commas, a header naming the columns in any order and case. */
export function parseCandidatsFile(bytes: Uint8Array): ParsedCandidats {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) return decoded;
  const read = readCsv(decoded.text, detectDelimiter(decoded.text));
  if (!read.ok) return read;
  if (read.rows.length === 0) return { ok: false, message: "Le fichier ne contient aucune ligne après l'en-tête." };
  const columns = read.header.map((c) => c.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, message: `Colonnes manquantes : ${missing.join(", ")}. Colonnes attendues : voir docs/candidats-import.md, plus « parcours ».` };
  const cell = (cells: string[], c: Column) => (columns.indexOf(c) >= 0 ? (cells[columns.indexOf(c)] ?? "").trim() : "");
  return {
    ok: true,
    encoding: decoded.encoding,
    lines: read.rows.map(({ line, cells }) => {
      const commune = cell(cells, "commune_naissance_code");
      const parcoursSaisi = cell(cells, "parcours");
      return {
        line,
        parcoursSaisi,
        parcours: PARCOURS[normalizeName(parcoursSaisi)] ?? null,
        input: {
          civilite: (CIVILITES[normalizeName(cell(cells, "civilite")).replace(/\s/g, "")] ?? cell(cells, "civilite")) as CandidatInput["civilite"],
          nomNaissance: cell(cells, "nom_naissance"),
          nomUsage: cell(cells, "nom_usage"),
          prenoms: cell(cells, "prenoms"),
          dateNaissance: cell(cells, "date_naissance"),
          lieuNaissance: commune || !cell(cells, "pays_naissance_code") ? "france" : "etranger",
          naissanceCommuneCode: commune,
          naissancePaysCode: cell(cells, "pays_naissance_code"),
          naissanceVille: cell(cells, "ville_naissance"),
          residenceCommuneCode: cell(cells, "commune_residence_code"),
          adresse: cell(cells, "adresse"),
          codePostal: cell(cells, "code_postal"),
          email: cell(cells, "email"),
          telephone: cell(cells, "telephone"),
        },
      };
    }),
  };
}
