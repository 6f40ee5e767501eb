import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, rowsOf, type DbOrTx } from "@/db/client";
import { candidats, inscriptions, parchemins, sessions, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { getSessionForUser } from "@/lib/sessions/load";
import { listImpressions } from "./impressions";
import { listLiens, resolveLien } from "./liens";
import { canAnnulParchemins, canPrintParchemins, parcheminScope } from "./scope";

const columns = {
  id: parchemins.id,
  numero: parchemins.numero,
  statut: parchemins.statut,
  version: parchemins.version,
  delivreLe: parchemins.delivreLe,
  lieuDelivranceNom: parchemins.lieuDelivranceNom,
  titreCode: parchemins.titreCode,
  titreIntitule: parchemins.titreIntitule,
  niveau: parchemins.niveau,
  nsfCode: parchemins.nsfCode,
  rncp: parchemins.rncp,
  annuleAt: parchemins.annuleAt,
  motifAnnulation: parchemins.motifAnnulation,
  annuleParPrenom: users.prenom,
  annuleParNom: users.nom,
  sessionId: sessions.id,
  sessionNumero: sessions.numero,
  candidatId: candidats.id,
  civilite: candidats.civilite,
  nomNaissance: candidats.nomNaissance,
  nomUsage: candidats.nomUsage,
  prenoms: candidats.prenoms,
};

function query(db: DbOrTx, user: CurrentUser) {
  return db
    .select(columns)
    .from(parchemins)
    .innerJoin(inscriptions, eq(inscriptions.id, parchemins.inscriptionId))
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
    .leftJoin(users, eq(users.id, parchemins.annulePar))
    .$dynamic()
    .where(parcheminScope(user));
}

export type ParcheminFiche = Awaited<ReturnType<typeof listParcheminsOfCandidat>>[number];

/** The parchemins of a candidate the user may see (a centre sees none), newest first, with their prints. */
export async function listParcheminsOfCandidat(user: CurrentUser, candidatId: string, db: DbOrTx = getDb()) {
  if (!canPrintParchemins(user) || !isUuid(candidatId)) return [];
  const rows = await query(db, user)
    .where(and(parcheminScope(user), eq(inscriptions.candidatId, candidatId)))
    .orderBy(desc(parchemins.delivreLe), desc(parchemins.createdAt));
  const impressions = await listImpressions(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, impressions: impressions.get(r.id)! }));
}

/** One parchemin as the user may see it, with its prints; null out of scope (→ 404). */
export async function getParcheminForUser(user: CurrentUser, id: string, db: DbOrTx = getDb()) {
  if (!canPrintParchemins(user) || !isUuid(id)) return null;
  const [row] = await query(db, user).where(and(parcheminScope(user), eq(parchemins.id, id)));
  if (!row) return null;
  return { ...row, impressions: (await listImpressions(db, [row.id])).get(row.id)! };
}

/** A parchemin's download links, for the regional agent who sees it (none for anyone else). */
export async function listLiensForUser(user: CurrentUser, parcheminId: string, db: DbOrTx = getDb()) {
  if (!canAnnulParchemins(user) || !(await getParcheminForUser(user, parcheminId, db))) return [];
  return listLiens(db, parcheminId);
}

/** How many parchemins a validated session holds, printed and annulled (its Documents tab). */
export async function countParcheminsSession(user: CurrentUser, sessionId: string, db: DbOrTx = getDb()) {
  if (!canPrintParchemins(user) || !(await getSessionForUser(user, sessionId, db))) return null;
  const [counts] = rowsOf<{ total: number; imprimes: number; annules: number }>(
    await db.execute(sql`
      select count(*) filter (where p.statut = 'valide')::int as total,
             count(*) filter (where p.statut = 'valide' and exists (select 1 from parchemin_impressions pi where pi.parchemin_id = p.id))::int as imprimes,
             count(*) filter (where p.statut = 'annule')::int as annules
      from parchemins p inner join inscriptions i on i.id = p.inscription_id where i.session_id = ${sessionId}`),
  );
  return counts!;
}

/** What the public download page shows of a valid link: the title's name only; null for any invalid link. */
export async function lienPublic(token: string, db: DbOrTx = getDb()): Promise<{ intitule: string } | null> {
  const lien = await resolveLien(db, token);
  if (!lien) return null;
  const [row] = await db.select({ intitule: parchemins.titreIntitule }).from(parchemins).where(eq(parchemins.id, lien.parcheminId));
  return row ?? null;
}
