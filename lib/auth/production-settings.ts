/**
 * What a production start cannot do without. Without AUTH_URL, Auth.js derives its callback origin from
 * the request's Host header, which a client controls; without AUTH_SECRET no auth session can be signed.
 */
export function productionSettingsProblems(env: Record<string, string | undefined>): string[] {
  if (env.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!env.AUTH_URL) problems.push("AUTH_URL doit donner l'origine publique de CERES (par exemple https://ceres.travail.gouv.fr).");
  else if (!URL.canParse(env.AUTH_URL)) problems.push(`AUTH_URL n'est pas une adresse valide : « ${env.AUTH_URL} ».`);
  if (!env.AUTH_SECRET) problems.push("AUTH_SECRET doit être défini (par exemple avec `npx auth secret`).");
  return problems;
}

/** Stops the server at start, with every missing setting named, rather than at the first sign-in. */
export function assertProductionSettings(env: Record<string, string | undefined> = process.env): void {
  const problems = productionSettingsProblems(env);
  if (problems.length) throw new Error(`Configuration de production incomplète :\n- ${problems.join("\n- ")}`);
}
