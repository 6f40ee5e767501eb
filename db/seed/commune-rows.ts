import type { CommuneKind } from "@/db/schema";
import { normalizeName } from "@/lib/text/normalize";

/** A row of @etalab/decoupage-administratif's communes.json (COG of the current year). */
export type CogCommune = {
  code: string;
  nom: string;
  type: "commune-actuelle" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal";
  departement: string;
  region?: string;
  chefLieu?: string;
  commune?: string;
  codesPostaux?: string[];
  population?: number;
};

/** A row of communes_historiques.csv: an INSEE code that was a commune over [date_debut, date_fin). */
export type HistoricalCommune = {
  code: string;
  nom: string;
  dep: string;
  date_debut: string;
  date_fin: string;
  precision_date_fin: string;
  motif: string;
  successeur: string;
};

export type CommuneRow = {
  code: string;
  nom: string;
  kind: CommuneKind;
  departementCode: string;
  regionCode: string | null;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  endPrecision: string | null;
  endReason: string | null;
  successorCode: string | null;
  postalCodes: string[];
  population: number | null;
  searchName: string;
};

export const COG_START = "1943-01-01";

const kindOf: Record<CogCommune["type"], CommuneKind> = {
  "commune-actuelle": "commune",
  "commune-deleguee": "deleguee",
  "commune-associee": "associee",
  "arrondissement-municipal": "arrondissement",
};

const latest = (dates: string[]): string | null => (dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null);

/**
 * The rows of the `communes` table, from the current COG and the history of codes that are no longer
 * communes. Current rows are valid from 1943 unless the history shows the code was something else before:
 * the code of a commune that ended (code reuse), a code replaced by this one (Corsica, 1976), or — for a
 * commune nouvelle that kept the code of its chef-lieu — the date the commune nouvelle was created, in which
 * case the former commune of that code is added as a historical row, so a birth before that date finds it.
 */
export function buildCommuneRows(
  current: CogCommune[],
  history: HistoricalCommune[],
  regionOfDepartement: (dep: string) => string | null,
): CommuneRow[] {
  const endsByCode = new Map<string, string[]>();
  const replacedInto = new Map<string, string[]>();
  const deleguedInto = new Map<string, HistoricalCommune[]>();
  for (const h of history) {
    (endsByCode.get(h.code) ?? endsByCode.set(h.code, []).get(h.code)!).push(h.date_fin);
    if (h.motif === "changement_code" && h.successeur) {
      (replacedInto.get(h.successeur) ?? replacedInto.set(h.successeur, []).get(h.successeur)!).push(h.date_fin);
    }
    if (h.motif === "commune_deleguee" && h.successeur) {
      (deleguedInto.get(h.successeur) ?? deleguedInto.set(h.successeur, []).get(h.successeur)!).push(h);
    }
  }
  const parentOf = new Map(current.filter((c) => c.type === "commune-actuelle").map((c) => [c.code, c]));
  const chefLieuDeleguees = new Map(
    current.filter((c) => c.type === "commune-deleguee" && c.chefLieu === c.code).map((c) => [c.code, c]),
  );

  const rows: CommuneRow[] = history.map((h) => ({
    code: h.code,
    nom: h.nom,
    kind: "commune",
    departementCode: h.dep,
    regionCode: regionOfDepartement(h.dep),
    parentCode: null,
    validFrom: h.date_debut,
    validTo: h.date_fin,
    endPrecision: h.precision_date_fin || null,
    endReason: h.motif || null,
    successorCode: h.successeur || null,
    postalCodes: [],
    population: null,
    searchName: normalizeName(h.nom),
  }));

  for (const c of current) {
    const kind = kindOf[c.type];
    const parentCode = kind === "commune" ? null : (c.chefLieu ?? c.commune ?? null);
    let validFrom = latest([...(endsByCode.get(c.code) ?? []), ...(replacedInto.get(c.code) ?? [])]) ?? COG_START;

    const creation = chefLieuDeleguees.has(c.code) ? latest((deleguedInto.get(c.code) ?? []).map((h) => h.date_fin)) : null;
    if (creation && creation > validFrom) {
      if (kind === "commune") {
        const former = chefLieuDeleguees.get(c.code)!;
        const precision = deleguedInto.get(c.code)!.find((h) => h.date_fin === creation)?.precision_date_fin ?? "jour";
        rows.push({
          code: c.code,
          nom: former.nom,
          kind: "commune",
          departementCode: c.departement,
          regionCode: c.region ?? regionOfDepartement(c.departement),
          parentCode: null,
          validFrom,
          validTo: creation,
          endPrecision: precision,
          endReason: "commune_deleguee",
          successorCode: c.code,
          postalCodes: c.codesPostaux ?? [],
          population: null,
          searchName: normalizeName(former.nom),
        });
      }
      if (kind === "commune" || kind === "deleguee") validFrom = creation;
    }

    rows.push({
      code: c.code,
      nom: c.nom,
      kind,
      departementCode: c.departement,
      regionCode: c.region ?? regionOfDepartement(c.departement),
      parentCode,
      validFrom,
      validTo: null,
      endPrecision: null,
      endReason: null,
      successorCode: null,
      postalCodes: c.codesPostaux ?? (parentCode ? (parentOf.get(parentCode)?.codesPostaux ?? []) : []),
      population: c.population ?? null,
      searchName: normalizeName(c.nom),
    });
  }
  return rows;
}
