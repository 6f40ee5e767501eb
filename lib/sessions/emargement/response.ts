import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { emargementFileName } from "./data";
import { loadFeuilleEmargement } from "./load";
import { renderEmargementStream } from "./render";

/**
 * GET of one day's attendance sheet: 401 anonymous; 404 out of scope or not a day of the session, before
 * rendering; the download is audited (the sheet lists the candidates and jurors by name).
 */
export async function emargementResponse(user: CurrentUser | null, sessionId: string, jour: string, db: Db = getDb()): Promise<Response> {
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const feuille = await db.transaction(async (tx) => {
    const loaded = await loadFeuilleEmargement(tx, user, sessionId, jour);
    if (loaded) {
      await recordAudit(tx, user, { action: "session.emargement_telechargee", entityType: "session", entityId: loaded.sessionId, after: { jour: loaded.jour, candidats: loaded.candidats.length } });
    }
    return loaded;
  });
  if (!feuille) return new Response("Page introuvable.", { status: 404 });
  return new Response(await renderEmargementStream(feuille), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${emargementFileName(feuille.numero, feuille.jour)}"`,
      "Cache-Control": "no-store",
    },
  });
}
