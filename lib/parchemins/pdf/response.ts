import "server-only";
import { getDb, type Db } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadParcheminsImprimes } from "../imprime";
import { resolveLien } from "../liens";
import { formatParcheminNumero } from "../numero";
import { parchemins } from "@/db/schema";
import { eq } from "drizzle-orm";
import { loadParcheminAImprimer, loadParcheminsSessionAImprimer } from "./load";
import { renderParcheminsStream, type ParcheminAImprimer } from "./render";

export type ParcheminResponseDeps = { db?: Db; render?: (items: readonly ParcheminAImprimer[], baseUrl: string) => Promise<ReadableStream<Uint8Array>> };

/** The public origin printed in the QR code: AUTH_URL in production, else the request's own. */
export function publicBaseUrl(request: Request): string {
  return process.env.AUTH_URL ?? new URL(request.url).origin;
}

function pdfResponse(body: ReadableStream<Uint8Array>, filename: string, disposition: "attachment" | "inline" = "attachment"): Response {
  return new Response(body, { headers: { "Content-Type": "application/pdf", "Content-Disposition": `${disposition}; filename="${filename}"`, "Cache-Control": "no-store" } });
}

const notFound = () => new Response("Page introuvable.", { status: 404 });

/** GET of one parchemin's PDF, as last printed: 401 anonymous; 404 out of scope, annulled or never printed — before rendering. */
export async function parcheminPdfResponse(request: Request, user: CurrentUser | null, id: string, deps: ParcheminResponseDeps = {}): Promise<Response> {
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const item = await loadParcheminAImprimer(deps.db ?? getDb(), user, id);
  if (!item) return notFound();
  const body = await (deps.render ?? renderParcheminsStream)([item], publicBaseUrl(request));
  return pdfResponse(body, `parchemin-${formatParcheminNumero(item.parchemin.numero!)}.pdf`);
}

/** GET of a validated session's batch: one multi-page PDF of its printed parchemins. */
export async function sessionParcheminsPdfResponse(request: Request, user: CurrentUser | null, sessionId: string, deps: ParcheminResponseDeps = {}): Promise<Response> {
  if (!user) return new Response("Authentification requise.", { status: 401 });
  const batch = await loadParcheminsSessionAImprimer(deps.db ?? getDb(), user, sessionId);
  if (!batch || batch.items.length === 0) return notFound();
  const body = await (deps.render ?? renderParcheminsStream)(batch.items, publicBaseUrl(request));
  return pdfResponse(body, `parchemins-session-${batch.numero}.pdf`);
}

/**
 * The public download by link (no sign-in): each use is logged; an unknown, expired, revoked or annulled
 * link is sent to the same "lien invalide ou expiré" page.
 */
export async function lienPdfResponse(request: Request, token: string, deps: ParcheminResponseDeps = {}): Promise<Response> {
  const db = deps.db ?? getDb();
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || null;
  const lien = await resolveLien(db, token, new Date(), { adresseIp: ip });
  const [parchemin] = lien ? await loadParcheminsImprimes(db, eq(parchemins.id, lien.parcheminId)) : [];
  if (!lien || !parchemin?.numero) return Response.redirect(new URL(`/telechargement/${encodeURIComponent(token)}`, request.url), 303);
  const body = await (deps.render ?? renderParcheminsStream)([{ parchemin, duplicata: lien.duplicata }], publicBaseUrl(request));
  return pdfResponse(body, `parchemin-${formatParcheminNumero(parchemin.numero)}.pdf`);
}
