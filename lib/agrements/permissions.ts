import type { CurrentUser } from "@/lib/auth/current-user";

/** VALCE imports are run by the DGEFP and by the DREETS / UD that instruct agréments (each in its own scope). */
export function canImportValce(user: CurrentUser): boolean {
  return user.role === "national" || user.role === "regional";
}
