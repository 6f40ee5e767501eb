import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agrements, centreTypes, communes, sites, titres, titreVersions } from "@/db/schema";
import { normalizeName } from "@/lib/text/normalize";
import { createHabilitationRow, createJureRow, createLienRow } from "../../fixtures/jures";
import { uniqueTag } from "../../fixtures/unique";

/** Communes the juror specs use, whether or not the e2e database loaded the COG (unique key: code, kind, start). */
export async function seedJuresCommunes(db: Db): Promise<void> {
  const row = (code: string, nom: string, dep: string, validTo: string | null = null) => ({ code, nom, kind: "commune" as const, departementCode: dep, regionCode: "76", validFrom: "1943-01-01", validTo, searchName: normalizeName(nom) });
  await db
    .insert(communes)
    .values([row("30063", "Cambo", "30", "1969-01-01"), row("30189", "Nîmes", "30"), row("30028", "Bagnols-sur-Cèze", "30"), row("34172", "Montpellier", "34")])
    .onConflictDoNothing();
}

/**
 * A version of TP-00391 of the spec's own, with a fin de vie: a date of version in the 1990s no other spec
 * uses (the real versions are dated 2011 and 2023), so that the spec's list of jurors is its own.
 */
export async function seedAdvfVersion(db: Db, finDeVie: string) {
  await db.insert(titres).values({ code: "TP-00391", intitule: "Assistant(e) de vie aux familles" }).onConflictDoNothing();
  const [titre] = await db.select({ id: titres.id }).from(titres).where(eq(titres.code, "TP-00391"));
  for (;;) {
    const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const [version] = await db.insert(titreVersions).values({ titreId: titre!.id, dateVersion: day, finDeVie }).onConflictDoNothing().returning({ id: titreVersions.id });
    if (version) return { id: version.id, label: `TP-00391 Assistant(e) de vie aux familles (${day.split("-").reverse().join("/")})` };
  }
}

/** A juror living in Nîmes (the shared factory), habilitated for a version over the given periods, optionally linked to a centre. */
export async function seedJure(db: Db, values: { nom?: string; prenoms?: string; versionId: string; periodes: { debut: string; fin: string }[]; lienCentreId?: string }) {
  const nom = values.nom ?? `JURE-${uniqueTag().toUpperCase()}`;
  const prenoms = values.prenoms ?? "Claire";
  const jure = await createJureRow(db, { nomNaissance: nom, prenoms, dateNaissance: "1971-08-17", email: `${normalizeName(nom).replace(/\s/g, ".")}@exemple.fr`, telephone: "06 10 20 30 40" });
  const habilitation = await createHabilitationRow(db, jure.id, values.versionId, values.periodes, { dateDebutEmploi: "2001-01-01", dateDerniereOccupation: "2023-06-30" });
  if (values.lienCentreId) await createLienRow(db, jure.id, values.lienCentreId, { debut: "2021-09-01", fin: null });
  return { id: jure.id, habilitationId: habilitation.id, nom, prenoms };
}

/**
 * What a centre needs to see the list of jurors to convene (R1): a site, and an agrément accepted for the
 * version until its fin de vie; recorded as a CFA, so that sessions in the 24 months of prolongation count too.
 */
export async function seedAgrementValide(db: Db, centreId: string, versionId: string, validTo: string) {
  const [site] = await db
    .insert(sites)
    .values({ centreId, libelle: "Site principal", adresse: "RUE DU 19 MARS 1962", codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" })
    .returning({ id: sites.id });
  await db.insert(centreTypes).values({ centreId, typeCentre: "CFA", validFrom: "2015-01-01" });
  await db.insert(agrements).values({ centreId, titreVersionId: versionId, siteId: site!.id, statut: "acceptee", validFrom: "2019-01-01", validTo });
}
