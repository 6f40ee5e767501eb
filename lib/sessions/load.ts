import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { centres, sessions, sites, titres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/ids";

const sessionColumns = {
  id: sessions.id,
  numero: sessions.numero,
  statut: sessions.statut,
  motifStatut: sessions.motifStatut,
  type: sessions.type,
  dateDebut: sessions.dateDebut,
  dateFin: sessions.dateFin,
  heureDebut: sessions.heureDebut,
  convocationAt: sessions.convocationAt,
  convocationSaisie: sessions.convocationSaisie,
  capacite: sessions.capacite,
  planningChangedAt: sessions.planningChangedAt,
  version: sessions.version,
  regionCode: sessions.regionCode,
  departementCode: sessions.departementCode,
  agrementId: sessions.agrementId,
  centreId: sessions.centreId,
  centreRaisonSociale: centres.raisonSociale,
  centreSiret: centres.siret,
  siteId: sessions.siteId,
  siteLibelle: sites.libelle,
  siteAdresse: sites.adresse,
  siteCodePostal: sites.codePostal,
  siteCommuneNom: sites.communeNom,
  titreVersionId: sessions.titreVersionId,
  titreCode: titres.code,
  titreIntitule: titres.intitule,
  millesime: titreVersions.millesime,
  dateVersion: titreVersions.dateVersion,
  finDeVie: titreVersions.finDeVie,
};

function sessionQuery(tx: DbOrTx, user: CurrentUser, id: string) {
  return tx
    .select(sessionColumns)
    .from(sessions)
    .innerJoin(centres, eq(centres.id, sessions.centreId))
    .innerJoin(sites, eq(sites.id, sessions.siteId))
    .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(and(sessionScope(user), eq(sessions.id, id)));
}

export type SessionRecord = NonNullable<Awaited<ReturnType<typeof getSessionForUser>>>;

/** A session with its centre, site and title version as the user may see it; null out of scope (→ 404). */
export async function getSessionForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (!isUuid(id)) return null;
  const [row] = await sessionQuery(tx, user, id);
  return row ?? null;
}

/** The same, with the session row locked for the caller's transaction (writes: transitions, jury, edits). */
export async function loadSessionForUpdate(tx: DbOrTx, user: CurrentUser, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await sessionQuery(tx, user, id).for("update", { of: sessions });
  return row ?? null;
}
