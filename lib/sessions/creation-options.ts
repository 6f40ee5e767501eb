import "server-only";
import { and, asc, desc, eq, inArray, like } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agrements, ccps, centres, sites, titres, titreVersions } from "@/db/schema";
import { loadR1Facts } from "@/lib/agrements/r1-facts";
import type { CurrentUser } from "@/lib/auth/current-user";
import { centreScope } from "@/lib/auth/scope";
import { todayInParis, type IsoDate } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { versionLabel } from "@/lib/titres/current-version";
import { checkR1ForSession } from "./r1-days";

/** How many refusals the form lists: enough to explain, short enough to read. */
const REFUSALS_SHOWN = 8;

/**
 * What the creation form offers a centre today (R1 for today's date): the title versions it holds an
 * agrément for, each with the sites where a session can be opened, their CCPs; and for the version × site
 * pairs that cannot, why. Null when the centre is out of the user's scope.
 */
export async function listCreationOptions(user: CurrentUser, centreId: string, tx: DbOrTx = getDb(), today: IsoDate = todayInParis()) {
  if (!isUuid(centreId)) return null;
  const [centre] = await tx
    .select({ id: centres.id, siret: centres.siret, raisonSociale: centres.raisonSociale })
    .from(centres)
    .where(and(centreScope(user), eq(centres.id, centreId)));
  if (!centre) return null;
  const [siteRows, versionRows] = await Promise.all([
    tx.select({ id: sites.id, libelle: sites.libelle, communeNom: sites.communeNom }).from(sites).where(eq(sites.centreId, centre.id)).orderBy(asc(sites.libelle)),
    tx
      .selectDistinct({ id: titreVersions.id, code: titres.code, intitule: titres.intitule, millesime: titreVersions.millesime, dateVersion: titreVersions.dateVersion })
      .from(agrements)
      .innerJoin(titreVersions, eq(titreVersions.id, agrements.titreVersionId))
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(eq(agrements.centreId, centre.id))
      .orderBy(asc(titres.code), desc(titreVersions.dateVersion)),
  ]);
  const ccpRows = versionRows.length
    ? await tx.select({ id: ccps.id, titreVersionId: ccps.titreVersionId, numero: ccps.numero, libelle: ccps.libelle }).from(ccps).where(inArray(ccps.titreVersionId, versionRows.map((v) => v.id))).orderBy(asc(ccps.numero))
    : [];

  const versions: { id: string; label: string; sites: { id: string; label: string; enProlongation: boolean }[]; ccps: { id: string; label: string }[] }[] = [];
  const refusals: string[] = [];
  for (const v of versionRows) {
    const facts = (await loadR1Facts(centre.id, v.id, tx))!;
    const label = `${v.code} ${v.intitule} ${versionLabel(v)}`;
    const open: (typeof versions)[number]["sites"] = [];
    for (const site of siteRows) {
      const siteLabel = `${site.libelle} (${site.communeNom})`;
      const r1 = checkR1ForSession({ facts, siteId: site.id, titreLabel: label, siteLabel, dateDebut: today, dateFin: today });
      if (r1.ok) open.push({ id: site.id, label: siteLabel, enProlongation: r1.enProlongation });
      else refusals.push(r1.message);
    }
    if (open.length) versions.push({ id: v.id, label, sites: open, ccps: ccpRows.filter((c) => c.titreVersionId === v.id).map((c) => ({ id: c.id, label: `CCP ${c.numero} — ${c.libelle}` })) });
  }
  return { centre, versions, refusals: refusals.slice(0, REFUSALS_SHOWN), moreRefusals: Math.max(0, refusals.length - REFUSALS_SHOWN), hasSites: siteRows.length > 0 };
}

export type CreationOptions = NonNullable<Awaited<ReturnType<typeof listCreationOptions>>>;

/** The centres an agent may open a session for, found by SIRET or name (the form's first step). */
export async function searchCentresForSession(user: CurrentUser, q: string | undefined, tx: DbOrTx = getDb()) {
  if (user.role === "centre") return [];
  const digits = (q ?? "").replace(/\s/g, "");
  const condition = /^\d{1,14}$/.test(digits) ? like(centres.siret, `${digits}%`) : undefined;
  const rows = await tx
    .select({ id: centres.id, siret: centres.siret, raisonSociale: centres.raisonSociale, communeNom: centres.communeNom })
    .from(centres)
    .where(and(centreScope(user), condition))
    .orderBy(asc(centres.raisonSociale))
    .limit(200);
  return rows;
}
