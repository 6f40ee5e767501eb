import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { centres, inscriptions, resultats, sessions, titres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import type { ListParams, ListSpec } from "@/lib/table/list-params";
import { countCapped, pageWindow } from "@/lib/table/capped-count";

export const validationQueueSpec = {
  sortable: ["transmiseAt", "dateDebut", "numero"],
  defaultSort: "transmiseAt",
  defaultDir: "asc",
  filters: ["departement"],
} as const satisfies ListSpec<string, string>;

export type ValidationQueueParams = ListParams<(typeof validationQueueSpec.sortable)[number], (typeof validationQueueSpec.filters)[number]>;

export const VALIDATION_COUNT_CAP = 10_000;

const candidatsCount = sql<number>`(select count(*)::int from ${inscriptions} where ${inscriptions.sessionId} = ${sessions.id})`;
const titresObtenus = sql<number>`(select count(*)::int from ${inscriptions} inner join ${resultats} on ${resultats.inscriptionId} = ${inscriptions.id} where ${inscriptions.sessionId} = ${sessions.id} and ${resultats.decision} = 'titre_obtenu')`;

function queueConditions(user: CurrentUser, filters: ValidationQueueParams["filters"]): SQL {
  return and(sessionScope(user), eq(sessions.statut, "transmise"), filters.departement ? eq(sessions.departementCode, filters.departement) : undefined)!;
}

/**
 * The sessions transmitted for validation in the user's scope (UD: its département; DREETS: its région;
 * national: all), the longest waiting first. The UD's order follows the partial index
 * `sessions_a_valider_idx (departement_code, transmise_at) where statut = 'transmise'`: a first page reads
 * a few index entries however many sessions the département has held.
 */
export async function listSessionsAValider(user: CurrentUser, params: ValidationQueueParams, tx: DbOrTx = getDb()) {
  const where = queueConditions(user, params.filters);
  const order = params.dir === "desc" ? desc : asc;
  const orderBy =
    params.sort === "numero" ? [order(sessions.numero)] : params.sort === "dateDebut" ? [order(sessions.dateDebut), order(sessions.id)] : [order(sessions.transmiseAt), order(sessions.id)];
  const window = pageWindow(params);
  const [rows, count] = await Promise.all([
    tx
      .select({
        id: sessions.id,
        numero: sessions.numero,
        type: sessions.type,
        dateDebut: sessions.dateDebut,
        dateFin: sessions.dateFin,
        departementCode: sessions.departementCode,
        transmiseAt: sessions.transmiseAt,
        centreRaisonSociale: centres.raisonSociale,
        titreCode: titres.code,
        titreIntitule: titres.intitule,
        candidatsCount,
        titresObtenus,
      })
      .from(sessions)
      .innerJoin(centres, eq(centres.id, sessions.centreId))
      .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(where)
      .orderBy(...orderBy)
      .limit(window.limit)
      .offset(window.offset),
    countCapped(tx, sessions, where, VALIDATION_COUNT_CAP),
  ]);
  return { rows, ...count };
}

export type ValidationQueueRow = Awaited<ReturnType<typeof listSessionsAValider>>["rows"][number];
