import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { communes, departements, habilitationPeriodes, habilitations, jures, pays, titres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { normalizeName } from "@/lib/text/normalize";
import { canManageJureIn } from "../permissions";
import type { ImportLine } from "./parse";
import { identityKeyOf, type ExistingJure, type ImportContext } from "./plan";
import { readDate, type CommuneFact } from "./read-line";

const codeOf = (value: string) => /^([0-9][0-9AB][0-9]{3})\b/i.exec(value)?.[1]?.toUpperCase();

/** Loads what the lines refer to; with `lock`, the matched jurors are locked until the transaction ends. */
export async function loadImportContext(tx: DbOrTx, user: CurrentUser, lines: ImportLine[], lock: boolean): Promise<ImportContext> {
  const noms = [...new Set(lines.map((l) => normalizeName(l.nom_naissance)).filter(Boolean))];
  const query = noms.length
    ? tx
        .select({ id: jures.id, nomNaissance: jures.nomNaissance, prenoms: jures.prenoms, dateNaissance: jures.dateNaissance, departementCode: jures.residenceDepartementCode, regionCode: jures.residenceRegionCode })
        .from(jures)
        .where(inArray(jures.nomNaissanceNormalise, noms))
    : null;
  const candidates = query ? await (lock ? query.for("update") : query) : [];
  const keys = new Set(lines.map((l) => identityKeyOf({ nomNaissance: l.nom_naissance, prenoms: l.prenoms, dateNaissance: readDate(l.date_naissance) ?? "" })));
  const matched = candidates.filter((j) => keys.has(identityKeyOf(j)));
  const habRows = matched.length
    ? await tx
        .select({
          id: habilitations.id,
          jureId: habilitations.jureId,
          titreVersionId: habilitations.titreVersionId,
          dateDebutEmploi: habilitations.dateDebutEmploi,
          dateDerniereOccupation: habilitations.dateDerniereOccupation,
          dateProfessionnalisation: habilitations.dateProfessionnalisation,
          commentaires: habilitations.commentaires,
        })
        .from(habilitations)
        .where(inArray(habilitations.jureId, matched.map((j) => j.id)))
    : [];
  const periodRows = habRows.length
    ? await tx
        .select({ habilitationId: habilitationPeriodes.habilitationId, debut: habilitationPeriodes.dateDebut, fin: habilitationPeriodes.dateFin })
        .from(habilitationPeriodes)
        .where(inArray(habilitationPeriodes.habilitationId, habRows.map((h) => h.id)))
    : [];
  const juresByKey = new Map<string, ExistingJure[]>();
  for (const j of matched) {
    const existing: ExistingJure = {
      id: j.id,
      departementCode: j.departementCode,
      regionCode: j.regionCode,
      habilitations: habRows
        .filter((h) => h.jureId === j.id)
        .map((h) => ({
          id: h.id,
          titreVersionId: h.titreVersionId,
          competences: { dateDebutEmploi: h.dateDebutEmploi, dateDerniereOccupation: h.dateDerniereOccupation, dateProfessionnalisation: h.dateProfessionnalisation },
          commentaires: h.commentaires,
          periodes: periodRows.filter((p) => p.habilitationId === h.id).map((p) => ({ debut: p.debut, fin: p.fin })),
        })),
    };
    const key = identityKeyOf(j);
    juresByKey.set(key, [...(juresByKey.get(key) ?? []), existing]);
  }

  const codes = [...new Set(lines.map((l) => l.code_tp.toUpperCase().replace(/\s/g, "")).filter(Boolean))];
  const versionRows = codes.length
    ? await tx
        .select({ id: titreVersions.id, code: titres.code, dateVersion: titreVersions.dateVersion, finDeVie: titreVersions.finDeVie })
        .from(titreVersions)
        .innerJoin(titres, eq(titres.id, titreVersions.titreId))
        .where(inArray(titres.code, codes))
    : [];

  const communeCodes = [...new Set(lines.flatMap((l) => [codeOf(l.commune_naissance), codeOf(l.commune_residence)]).filter((c): c is string => Boolean(c)))];
  const communeRows = communeCodes.length
    ? await tx
        .select({ code: communes.code, nom: communes.nom, kind: communes.kind, validFrom: communes.validFrom, validTo: communes.validTo, departementCode: communes.departementCode, regionCode: departements.regionCode })
        .from(communes)
        .innerJoin(departements, eq(departements.code, communes.departementCode))
        .where(inArray(communes.code, communeCodes))
    : [];
  const communesByCode = new Map<string, CommuneFact[]>();
  for (const { code, ...c } of communeRows) communesByCode.set(code, [...(communesByCode.get(code) ?? []), c]);

  const paysRows = await tx.select({ code: pays.code, searchName: pays.searchName }).from(pays);
  const paysMap = new Map<string, string>();
  for (const p of paysRows) {
    paysMap.set(p.code, p.code);
    paysMap.set(p.searchName, p.code);
  }

  return {
    jures: juresByKey,
    versions: new Map(versionRows.filter((v) => v.dateVersion).map((v) => [`${v.code}|${v.dateVersion}`, { id: v.id, finDeVie: v.finDeVie }])),
    communes: communesByCode,
    pays: paysMap,
    inScope: (residence) => canManageJureIn(user, residence),
  };
}
