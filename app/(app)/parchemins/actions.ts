"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { annulerParchemin } from "@/lib/parchemins/annulation";
import { imprimerParchemin, imprimerParcheminsSession } from "@/lib/parchemins/impressions";
import { creerLienParchemin, revoquerLienParchemin } from "@/lib/parchemins/liens";
import { fail, type Result } from "@/lib/result";

const revalidate = () => {
  revalidatePath("/parchemins", "layout");
  revalidatePath("/candidats", "layout");
};

/** Records a print; the browser then downloads /parchemins/[id]/pdf, which renders it. */
export async function imprimerParcheminAction(input: { parcheminId: string; motif: string; commentaire?: string }) {
  const user = await requireUser();
  const result = await imprimerParchemin(user, input as Parameters<typeof imprimerParchemin>[1]);
  if (result.ok) revalidate();
  return result;
}

/** Records the print of a validated session's parchemins; the browser then downloads the batch PDF. */
export async function imprimerParcheminsSessionAction(input: { sessionId: string }) {
  const user = await requireUser();
  if (typeof input?.sessionId !== "string") return fail("introuvable", "Cette session est introuvable.");
  const result = await imprimerParcheminsSession(user, input.sessionId);
  if (result.ok) revalidatePath(`/sessions/${input.sessionId}`, "layout");
  return result;
}

export async function annulerParcheminAction(input: { parcheminId: string; version: number; raison: string; precision: string }) {
  const user = await requireUser();
  const result = await annulerParchemin(user, input as Parameters<typeof annulerParchemin>[1]);
  if (result.ok) revalidate();
  return result;
}

/** Creates a link: the token comes back once, as the full address to send. */
export async function creerLienAction(input: { parcheminId: string; destinataire?: string; jours?: number }): Promise<Result<{ url: string; expireAt: string }>> {
  const user = await requireUser();
  const result = await creerLienParchemin(user, input);
  if (!result.ok) return result;
  revalidate();
  const base = process.env.AUTH_URL ?? "";
  return { ok: true, data: { url: `${base}/telechargement/${result.data.token}`, expireAt: result.data.expireAt.toISOString() } };
}

export async function revoquerLienAction(input: { lienId: string }) {
  const user = await requireUser();
  const result = await revoquerLienParchemin(user, input);
  if (result.ok) revalidate();
  return result;
}
