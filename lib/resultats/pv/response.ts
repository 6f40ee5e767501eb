import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Db, type DbOrTx } from "@/db/client";
import { jures, sessionJures, sessionPvs } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { asciiSlug } from "@/lib/sessions/letters/file-name";
import { getSessionForUser } from "@/lib/sessions/load";
import { loadResultatsSession } from "../session-resultats";
import { buildPvData, type PvData } from "./data";
import { renderPvStream } from "./render";

/** The PV of a session in the user's scope, or null (out of scope, unknown): decided before any rendering. */
export async function loadPv(tx: DbOrTx, user: CurrentUser, sessionId: string, now: Date = new Date()): Promise<(PvData & { sessionId: string }) | null> {
  const session = await getSessionForUser(user, sessionId, tx);
  if (!session) return null;
  const [jury, resultats] = await Promise.all([
    tx
      .select({ civilite: jures.civilite, nomNaissance: jures.nomNaissance, nomUsage: jures.nomUsage, prenoms: jures.prenoms })
      .from(sessionJures)
      .innerJoin(jures, eq(jures.id, sessionJures.jureId))
      .where(and(eq(sessionJures.sessionId, session.id), isNull(sessionJures.retireAt)))
      .orderBy(asc(sql`lower(coalesce(${jures.nomUsage}, ${jures.nomNaissance}))`), asc(jures.id)),
    loadResultatsSession(tx, session),
  ]);
  return { ...buildPvData({ session, jury, resultats }, now), sessionId: session.id };
}

export type PvResponseDeps = { db?: Db; render?: (data: PvData) => Promise<ReadableStream<Uint8Array>>; now?: Date };

const pdfHeaders = (filename: string) => ({ "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" });

/** GET of the PV: 401 anonymous, 404 out of scope (before rendering); the download is audited, then the PDF streamed. */
export async function pvResponse(user: CurrentUser | null, sessionId: string, deps: PvResponseDeps = {}): Promise<Response> {
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const data = await (deps.db ?? getDb()).transaction(async (tx) => {
    const pv = await loadPv(tx, user, sessionId, deps.now);
    if (pv) await recordAudit(tx, user, { action: "session.pv_telecharge", entityType: "session", entityId: pv.sessionId, after: { candidats: pv.candidats.length } });
    return pv;
  });
  if (!data) return new Response("Page introuvable.", { status: 404 });
  const body = await (deps.render ?? renderPvStream)(data);
  return new Response(body, { headers: pdfHeaders(`pv-session-${asciiSlug(data.numero)}.pdf`) });
}

/** GET of the signed PV scan the centre attached: 404 out of scope or when none was attached; the download is audited. */
export async function pvSigneResponse(user: CurrentUser | null, sessionId: string, deps: { db?: Db } = {}): Promise<Response> {
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const db = deps.db ?? getDb();
  const pv = await db.transaction(async (tx) => {
    const session = await getSessionForUser(user, sessionId, tx);
    if (!session) return null;
    const [row] = await tx.select({ nomFichier: sessionPvs.nomFichier, contenu: sessionPvs.contenu }).from(sessionPvs).where(eq(sessionPvs.sessionId, session.id));
    if (!row) return null;
    await recordAudit(tx, user, { action: "session.pv_depose_telecharge", entityType: "session", entityId: session.id, after: { fichier: row.nomFichier } });
    return { ...row, numero: session.numero };
  });
  if (!pv) return new Response("Page introuvable.", { status: 404 });
  return new Response(new Uint8Array(pv.contenu), { headers: pdfHeaders(`pv-signe-${asciiSlug(pv.numero)}.pdf`) });
}
