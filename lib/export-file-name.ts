import { todayInParis } from "@/lib/dates";

/** "centres-ceres-2027-01-01.csv": an export is named after the day it was made, in Paris. */
export function exportFileName(base: string, now: Date = new Date()): string {
  return `${base}-${todayInParis(now)}.csv`;
}
