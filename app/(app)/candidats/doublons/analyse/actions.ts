"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { launchDuplicateScan } from "@/lib/candidats/scan/launch";
import type { Result } from "@/lib/result";

/** "Lancer une analyse": queues a national duplicate scan. */
export async function launchScanAction(): Promise<Result<{ scanId: string }>> {
  const user = await requireUser();
  const result = await launchDuplicateScan(user);
  if (result.ok) revalidatePath("/candidats/doublons/analyse");
  return result;
}
