/** Applies pending migrations before the first request is served (DESIGN.md: one history for both drivers). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertProductionSettings } = await import("./lib/auth/production-settings");
  assertProductionSettings();
  const { getDatabase } = await import("./db/client");
  const handle = getDatabase();
  await handle.migrate();
  // Background jobs (pg-boss on PostgreSQL, inline on PGlite): started without holding the first request.
  const { startScanJobs } = await import("./lib/candidats/scan/launch");
  void startScanJobs(handle).catch((error: unknown) => console.error("Travaux en arrière-plan :", error));
}
