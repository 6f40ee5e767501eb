import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { communes, departements, type CommuneKind } from "@/db/schema";
import { otherDepartementNames } from "./departement-names";
import { communeLabel, endStatus, parentPhrase, shownPostalCode } from "./labels";
import { nameOnDate } from "./related";

import type { IsoDate } from "@/lib/dates";

/** A commune row as the application shows it: what the search answers and what the pages display. */
export type CommuneResult = {
  id: number;
  code: string;
  nom: string;
  kind: CommuneKind;
  departementCode: string;
  departementNom: string;
  postalCode: string | null;
  postalCodes: string[];
  population: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  endPrecision: string | null;
  /** "Bagnols-sur-Cèze (30200) — Gard" */
  label: string;
  /** For a commune déléguée / associée / an arrondissement: "commune déléguée de Culoz-Béon". */
  parent: string | null;
  /** For a commune that no longer exists: "fusionnée dans Annecy en 2017". */
  status: string | null;
  /** Found by the name of a former commune that merged into it: "Sancey-le-Long". */
  formerName: string | null;
};

// Whitelisted columns: what leaves lib/ about a commune.
export const communeColumns = {
  id: communes.id,
  code: communes.code,
  nom: communes.nom,
  kind: communes.kind,
  departementCode: communes.departementCode,
  departementNom: departements.nom,
  parentCode: communes.parentCode,
  validFrom: communes.validFrom,
  validTo: communes.validTo,
  endPrecision: communes.endPrecision,
  endReason: communes.endReason,
  successorCode: communes.successorCode,
  postalCodes: communes.postalCodes,
  population: communes.population,
};

export type CommuneRowData = {
  id: number;
  code: string;
  nom: string;
  kind: CommuneKind;
  departementCode: string;
  departementNom: string | null;
  parentCode: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  endPrecision: string | null;
  endReason: string | null;
  successorCode: string | null;
  postalCodes: string[];
  population: number | null;
  formerName?: string | null;
};

export function selectCommunes(db: DbOrTx) {
  return db.select(communeColumns).from(communes).leftJoin(departements, eq(departements.code, communes.departementCode));
}

/** Names of the parents and successors of the rows, on every date, in one query. */
async function loadRelatedNames(db: DbOrTx, rows: CommuneRowData[]) {
  const codes = new Set<string>();
  for (const row of rows) {
    if (row.parentCode) codes.add(row.parentCode);
    for (const c of row.successorCode?.split("|") ?? []) codes.add(c);
  }
  if (codes.size === 0) return [];
  return db
    .select({ code: communes.code, nom: communes.nom, kind: communes.kind, validFrom: communes.validFrom, validTo: communes.validTo })
    .from(communes)
    .where(inArray(communes.code, [...codes]));
}

type DescribeOptions = {
  /** The date on which the parent's name is read (null: today). */
  parentDate: (row: CommuneRowData) => IsoDate | null;
  /** A postal code the person typed, shown in the label when it is one of the commune's. */
  typedPostal?: string;
};

/** Rows with their label, their parent ("commune déléguée de …") and what became of them ("fusionnée dans …"). */
export async function describeCommunes(db: DbOrTx, rows: CommuneRowData[], options: DescribeOptions): Promise<CommuneResult[]> {
  const related = await loadRelatedNames(db, rows);
  return rows.map((row) => {
    const departementNom = row.departementNom ?? otherDepartementNames.get(row.departementCode) ?? row.departementCode;
    const parentNom = row.parentCode ? nameOnDate(related, row.parentCode, options.parentDate(row)) : null;
    // A successor's name on the day of the change: "01138" on 2023-01-01 is Culoz-Béon.
    const successorNames = new Map((row.successorCode?.split("|") ?? []).map((c) => [c, nameOnDate(related, c, row.validTo) ?? c] as [string, string]));
    const postalCode = shownPostalCode(row.postalCodes, options.typedPostal);
    return {
      id: row.id,
      code: row.code,
      nom: row.nom,
      kind: row.kind,
      departementCode: row.departementCode,
      departementNom,
      postalCode,
      postalCodes: row.postalCodes,
      population: row.population,
      validFrom: row.validFrom,
      validTo: row.validTo,
      endPrecision: row.endPrecision,
      label: communeLabel(row.nom, postalCode, departementNom),
      parent: parentPhrase(row.kind, parentNom),
      status: row.validTo ? endStatus({ ...row, validTo: row.validTo }, successorNames) : null,
      formerName: row.formerName ?? null,
    };
  });
}
