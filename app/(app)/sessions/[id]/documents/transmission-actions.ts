"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { PV_TAILLE_MAX, pvTropLourd } from "@/lib/resultats/pv-scan";
import { transmettreSession, transmettreSessionSchema, type PvScan } from "@/lib/resultats/transmettre-session";
import { fail, invalid, type Result } from "@/lib/result";

/** The centre's "Transmettre à l'UD", with the signed PV scan if one is chosen (field `pv`). */
export async function transmettreSessionAction(formData: FormData): Promise<Result<{ pv: boolean }>> {
  const user = await requireUser();
  const parsed = transmettreSessionSchema.safeParse({ id: formData.get("id"), version: formData.get("version") });
  if (!parsed.success) return invalid(parsed.error);
  const file = formData.get("pv");
  let pv: PvScan | null = null;
  if (file instanceof File && file.size > 0) {
    // The declared size is checked before the bytes are read; the bytes themselves are checked again by the use case.
    if (file.size > PV_TAILLE_MAX) return fail("invalide", pvTropLourd(file.size), { pv: [pvTropLourd(file.size)] });
    pv = { nomFichier: file.name, contenu: new Uint8Array(await file.arrayBuffer()) };
  }
  const result = await transmettreSession(user, parsed.data, pv);
  if (result.ok) {
    revalidatePath(`/sessions/${parsed.data.id}`, "layout");
    revalidatePath("/validations");
  }
  return result;
}
