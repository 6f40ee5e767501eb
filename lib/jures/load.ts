import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { habilitations, jures, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { jureScope } from "@/lib/auth/scope";

const jureColumns = {
  id: jures.id,
  civilite: jures.civilite,
  nomNaissance: jures.nomNaissance,
  nomUsage: jures.nomUsage,
  prenoms: jures.prenoms,
  dateNaissance: jures.dateNaissance,
  naissanceCommuneCode: jures.naissanceCommuneCode,
  naissanceCommuneNom: jures.naissanceCommuneNom,
  naissancePaysCode: jures.naissancePaysCode,
  naissanceVille: jures.naissanceVille,
  residenceCommuneCode: jures.residenceCommuneCode,
  residenceCommuneNom: jures.residenceCommuneNom,
  residenceDepartementCode: jures.residenceDepartementCode,
  residenceRegionCode: jures.residenceRegionCode,
  email: jures.email,
  telephone: jures.telephone,
  employeurRaisonSociale: jures.employeurRaisonSociale,
  employeurSiret: jures.employeurSiret,
  version: jures.version,
};

/** The juror a write works on, locked; null when out of the user's scope (→ "introuvable"). */
export async function loadJureForUpdate(tx: DbOrTx, user: CurrentUser, id: string) {
  const [row] = await tx.select(jureColumns).from(jures).where(and(jureScope(user), eq(jures.id, id))).for("update");
  return row ?? null;
}

/** A habilitation of a juror in scope, locked with its juror's version facts (fin de vie). */
export async function loadHabilitationForUpdate(tx: DbOrTx, user: CurrentUser, id: string) {
  const [row] = await tx
    .select({
      id: habilitations.id,
      jureId: habilitations.jureId,
      titreVersionId: habilitations.titreVersionId,
      dateDebutEmploi: habilitations.dateDebutEmploi,
      dateDerniereOccupation: habilitations.dateDerniereOccupation,
      dateProfessionnalisation: habilitations.dateProfessionnalisation,
      commentaires: habilitations.commentaires,
      version: habilitations.version,
      finDeVie: titreVersions.finDeVie,
    })
    .from(habilitations)
    .innerJoin(jures, eq(jures.id, habilitations.jureId))
    .innerJoin(titreVersions, eq(titreVersions.id, habilitations.titreVersionId))
    .where(and(jureScope(user), eq(habilitations.id, id)))
    .for("update", { of: habilitations });
  return row ?? null;
}
