import { and, eq, gt, inArray, isNull, lte, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { communes, departements, pays } from "@/db/schema";
import { formatIsoDate, type IsoDate } from "@/lib/dates";

type Refusal = { ok: false; field: string; message: string };
const KINDS = ["commune", "arrondissement", "deleguee", "associee"] as const;
/** The commune itself first, then an arrondissement, before a commune déléguée or associée of the same code. */
const rank = (kind: string) => KINDS.indexOf(kind as (typeof KINDS)[number]);

/** DOMAIN R6: the birth commune is the commune as it was on the birth date, even if it no longer exists. */
export async function resolveBirthCommune(tx: DbOrTx, code: string, dateNaissance: IsoDate): Promise<{ ok: true; code: string; nom: string } | Refusal> {
  const rows = await tx
    .select({ nom: communes.nom, kind: communes.kind })
    .from(communes)
    .where(and(eq(communes.code, code.toUpperCase()), inArray(communes.kind, [...KINDS]), lte(communes.validFrom, dateNaissance), or(isNull(communes.validTo), gt(communes.validTo, dateNaissance))));
  const best = rows.sort((a, b) => rank(a.kind) - rank(b.kind))[0];
  if (!best) {
    return { ok: false, field: "naissanceCommuneCode", message: `Aucune commune ne portait le code ${code} le ${formatIsoDate(dateNaissance)} : cherchez de nouveau la commune de naissance, telle qu'elle était à cette date.` };
  }
  return { ok: true, code: code.toUpperCase(), nom: best.nom };
}

export type Residence = { code: string; nom: string; departementCode: string; regionCode: string };

/** A residence is a current commune (DOMAIN R6); its département and région set the juror's scope (R9). */
export async function resolveResidence(tx: DbOrTx, code: string): Promise<({ ok: true } & Residence) | Refusal> {
  const rows = await tx
    .select({ nom: communes.nom, kind: communes.kind, departementCode: communes.departementCode, regionCode: departements.regionCode })
    .from(communes)
    .innerJoin(departements, eq(departements.code, communes.departementCode))
    .where(and(eq(communes.code, code.toUpperCase()), inArray(communes.kind, [...KINDS]), isNull(communes.validTo)));
  const best = rows.sort((a, b) => rank(a.kind) - rank(b.kind))[0];
  if (!best) return { ok: false, field: "residenceCommuneCode", message: `Aucune commune actuelle n'a le code ${code} : choisissez la commune de résidence dans la liste.` };
  return { ok: true, code: code.toUpperCase(), nom: best.nom, departementCode: best.departementCode, regionCode: best.regionCode };
}

export async function resolvePays(tx: DbOrTx, code: string): Promise<{ ok: true; code: string; nom: string } | Refusal> {
  const [row] = await tx.select({ code: pays.code, nom: pays.nom }).from(pays).where(eq(pays.code, code.toUpperCase()));
  return row ? { ok: true, ...row } : { ok: false, field: "naissancePaysCode", message: "Ce pays est inconnu : choisissez-le dans la liste." };
}
