import type { CurrentUser } from "@/lib/auth/current-user";

/** The référentiels (titles, versions, CCPs, UD communes) belong to the national administration. */
export function canEditReferentiels(user: CurrentUser): boolean {
  return user.role === "national";
}
