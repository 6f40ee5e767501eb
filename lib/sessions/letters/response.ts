import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ConvocationLettersData } from "./data";
import { convocationFileName } from "./file-name";
import { loadConvocationLetters } from "./load";
import { lettresAnnuleesMessage } from "./envoi-state";
import { renderConvocationsStream } from "./render";

export type LettersResponseDeps = {
  db?: Db;
  render?: (data: ConvocationLettersData) => Promise<ReadableStream<Uint8Array>>;
  now?: Date;
};

/**
 * GET of a convocation letter (one juror) or of the whole jury's letters: 401 anonymous; 404 out of scope,
 * unknown or removed juror, or nobody convened; 409 with a French message when the session is cancelled (its
 * letters no longer hold) — decided before anything is rendered; the download is audited, then the PDF is
 * streamed.
 */
export async function convocationLettersResponse(user: CurrentUser | null, sessionId: string, jureId: string | undefined, deps: LettersResponseDeps = {}): Promise<Response> {
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const db = deps.db ?? getDb();
  const data = await db.transaction(async (tx) => {
    const loaded = await loadConvocationLetters(tx, user, sessionId, jureId, deps.now);
    if (!loaded || loaded.lettres.length === 0) return null;
    if (loaded.statut === "annulee") return loaded;
    await recordAudit(tx, user, {
      action: "session.lettres_telechargees",
      entityType: "session",
      entityId: loaded.sessionId,
      after: { lettres: loaded.lettres.length, jures: loaded.lettres.map((l) => l.destinataire) },
    });
    return loaded;
  });
  if (!data) return new Response("Page introuvable.", { status: 404 });
  if (data.statut === "annulee") {
    return new Response(lettresAnnuleesMessage(data.numero), { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const body = await (deps.render ?? renderConvocationsStream)(data);
  const filename = convocationFileName(data.numero, jureId ? data.lettres[0]!.destinataire : undefined);
  return new Response(body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
