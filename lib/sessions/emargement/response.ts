import "server-only";
import { getDb, type Db } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { emargementFileName } from "./data";
import { loadFeuilleEmargement } from "./load";
import { renderEmargementStream } from "./render";

/** GET of one day's attendance sheet: 401 anonymous; 404 out of scope or not a day of the session, before rendering. */
export async function emargementResponse(user: CurrentUser | null, sessionId: string, jour: string, db: Db = getDb()): Promise<Response> {
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const feuille = await loadFeuilleEmargement(db, user, sessionId, jour);
  if (!feuille) return new Response("Page introuvable.", { status: 404 });
  return new Response(await renderEmargementStream(feuille), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${emargementFileName(feuille.numero, feuille.jour)}"`,
      "Cache-Control": "no-store",
    },
  });
}
