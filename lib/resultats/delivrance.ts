import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departements, livrets, parchemins, titres, titreVersions } from "@/db/schema";
import { assignParcheminNumeros } from "@/lib/parchemins/assign-numeros";
import { versionLabel } from "@/lib/titres/current-version";

/** What every parchemin of a session prints about its title and its place of issue (DOMAIN R7), snapshotted at issue. */
export type Delivrance = {
  delivreLe: string;
  departementCode: string;
  lieuDelivranceCode: string;
  lieuDelivranceNom: string;
  titreCode: string;
  titreIntitule: string;
  niveau: number | null;
  nsfCode: string;
  rncp: string | null;
};

/**
 * The snapshot of a session's title version and of the UD of its département, or the French message naming
 * the référentiel field to complete first: a parchemin without its NSF code or its place of issue cannot be
 * issued (the first fix of the release notes).
 */
export async function loadDelivrance(
  tx: Tx,
  session: { titreVersionId: string; departementCode: string },
  delivreLe: string,
): Promise<{ ok: true; delivrance: Delivrance } | { ok: false; message: string }> {
  const [[version], [departement]] = await Promise.all([
    tx
      .select({ code: titres.code, intitule: titres.intitule, millesime: titreVersions.millesime, dateVersion: titreVersions.dateVersion, niveau: titreVersions.niveau, nsfCode: titreVersions.nsfCode, rncp: titreVersions.rncp })
      .from(titreVersions)
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(eq(titreVersions.id, session.titreVersionId)),
    tx.select({ code: departements.code, nom: departements.nom, udCommuneCode: departements.udCommuneCode, udCommuneNom: departements.udCommuneNom }).from(departements).where(eq(departements.code, session.departementCode)),
  ]);
  if (!version?.nsfCode) {
    return {
      ok: false,
      message: `Le code NSF de la version « ${versionLabel(version!)} » du titre ${version!.code} n'est pas renseigné : complétez-le dans Référentiels › Titres avant de valider.`,
    };
  }
  if (!departement?.udCommuneCode || !departement.udCommuneNom) {
    return {
      ok: false,
      message: `La commune de l'unité départementale ${departement ? `${departement.code} ${departement.nom}` : session.departementCode} n'est pas renseignée (lieu de délivrance des parchemins) : complétez-la dans Référentiels › Régions et départements avant de valider.`,
    };
  }
  return {
    ok: true,
    delivrance: {
      delivreLe,
      departementCode: departement.code,
      lieuDelivranceCode: departement.udCommuneCode,
      lieuDelivranceNom: departement.udCommuneNom,
      titreCode: version.code,
      titreIntitule: version.intitule,
      niveau: version.niveau,
      nsfCode: version.nsfCode,
      rncp: version.rncp,
    },
  };
}

const BATCH = 1000;

/** One parchemin per inscription, numbered in the caller's transaction (lib/parchemins/assign-numeros.ts). */
export async function delivrerParchemins(tx: Tx, delivrance: Delivrance, inscriptionIds: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < inscriptionIds.length; i += BATCH) {
    const rows = await tx
      .insert(parchemins)
      .values(inscriptionIds.slice(i, i + BATCH).map((inscriptionId) => ({ inscriptionId, ...delivrance })))
      .returning({ id: parchemins.id });
    ids.push(...rows.map((r) => r.id));
  }
  await assignParcheminNumeros(tx, ids);
  return ids;
}

/** A livret for each inscription that has none yet (a livret is given once per inscription). Returns how many were created. */
export async function delivrerLivrets(tx: Tx, delivreLe: string, inscriptionIds: readonly string[]): Promise<number> {
  let created = 0;
  for (let i = 0; i < inscriptionIds.length; i += BATCH) {
    const rows = await tx
      .insert(livrets)
      .values(inscriptionIds.slice(i, i + BATCH).map((inscriptionId) => ({ inscriptionId, delivreLe })))
      .onConflictDoNothing({ target: livrets.inscriptionId })
      .returning({ id: livrets.id });
    created += rows.length;
  }
  return created;
}

