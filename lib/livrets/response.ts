import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { asciiSlug } from "@/lib/sessions/letters/file-name";
import type { LivretData } from "./data";
import { getLivretForUser } from "./queries";
import { renderLivretStream } from "./render";

/** "livret-tp-00391-nguyen-thi-lan-2026-10-12.pdf": a name every browser keeps as it is. */
export function livretFileName(data: Pick<LivretData, "titreCode" | "nomNaissance" | "prenoms" | "delivreLe">): string {
  return `livret-${asciiSlug(data.titreCode)}-${asciiSlug(`${data.nomNaissance} ${data.prenoms}`)}-${data.delivreLe}.pdf`;
}

/**
 * GET of a livret de certification: 401 anonymous; 404 when the candidate is out of the user's scope (R9),
 * merged, or the livret is not theirs — decided before anything is rendered; the download is audited on the
 * candidate's history, then the PDF is streamed.
 */
export async function livretResponse(user: CurrentUser | null, candidatId: string, livretId: string, deps: { db?: Db; render?: (data: LivretData) => Promise<ReadableStream<Uint8Array>> } = {}): Promise<Response> {
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const data = await (deps.db ?? getDb()).transaction(async (tx) => {
    const livret = await getLivretForUser(user, candidatId, livretId, tx);
    if (livret) await recordAudit(tx, user, { action: "candidat.livret_telecharge", entityType: "candidat", entityId: livret.candidatId, after: { livret: livret.id, titre: livret.titreCode } });
    return livret;
  });
  if (!data) return new Response("Page introuvable.", { status: 404 });
  const body = await (deps.render ?? renderLivretStream)(data);
  return new Response(body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${livretFileName(data)}"`,
      "Cache-Control": "no-store",
    },
  });
}
