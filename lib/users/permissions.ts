import type { CurrentUser } from "@/lib/auth/current-user";

/** User accounts are created and changed by the national administration (DGEFP) only. */
export function canAdministerUsers(user: CurrentUser): boolean {
  return user.role === "national";
}

export type AccountChange = { targetId: string; role?: string; active?: boolean };

/** An administrator cannot lock themselves out: no self-deactivation, no change of one's own role. */
export function selfChangeRefusal(user: CurrentUser, change: AccountChange): string | null {
  if (change.targetId !== user.id) return null;
  if (change.active === false) return "Vous ne pouvez pas désactiver votre propre compte.";
  if (change.role !== undefined && change.role !== user.role) return "Vous ne pouvez pas modifier votre propre rôle.";
  return null;
}
