import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { centres, titres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { centreScope } from "@/lib/auth/scope";
import { daysBetween, isIsoDate, todayInParis } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import type { SearchParams } from "@/lib/table/list-params";
import { MAX_SESSION_DAYS, type ConvocationCriteria } from "./convocation-sql";
import { titreVersionLabel } from "./queries";

export type CriteriaForm = { version: string; du: string; au: string; siret: string };
export type ResolvedCriteria =
  | { state: "incomplet"; form: CriteriaForm; errors: Partial<Record<keyof CriteriaForm, string>> }
  | { state: "pret"; form: CriteriaForm; criteria: ConvocationCriteria; versionLabel: string; centre: { id: string; raisonSociale: string; siret: string } }
  /** A centre user asking for another centre: that list does not exist for them (404). */
  | { state: "introuvable" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/**
 * The session the list is for, read from the URL: a title version, the first and last days, and a centre
 * (a centre user's own; for agents, a centre of their scope named by its SIRET).
 */
export async function resolveConvocationCriteria(user: CurrentUser, searchParams: SearchParams, tx: DbOrTx = getDb(), today = todayInParis()): Promise<ResolvedCriteria> {
  const form: CriteriaForm = { version: first(searchParams.version), du: first(searchParams.du) || today, au: first(searchParams.au), siret: first(searchParams.siret).replace(/\s/g, "") };
  form.au ||= form.du;
  const errors: Partial<Record<keyof CriteriaForm, string>> = {};

  let centre: { id: string; raisonSociale: string; siret: string } | undefined;
  if (user.role === "centre") {
    [centre] = await tx.select({ id: centres.id, raisonSociale: centres.raisonSociale, siret: centres.siret }).from(centres).where(eq(centres.id, user.centreId));
    if (!centre || (form.siret && form.siret !== centre.siret)) return { state: "introuvable" };
    form.siret = centre.siret;
  } else if (!form.siret) errors.siret = "Saisissez le SIRET du centre de la session.";
  else {
    [centre] = await tx.select({ id: centres.id, raisonSociale: centres.raisonSociale, siret: centres.siret }).from(centres).where(and(centreScope(user), eq(centres.siret, form.siret)));
    if (!centre) errors.siret = "Aucun centre de votre périmètre n'a ce SIRET.";
  }

  let versionLabel = "";
  if (!isUuid(form.version)) errors.version = "Choisissez la version du titre de la session.";
  else {
    const [v] = await tx
      .select({ code: titres.code, intitule: titres.intitule, millesime: titreVersions.millesime, dateVersion: titreVersions.dateVersion })
      .from(titreVersions)
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(eq(titreVersions.id, form.version));
    if (v) versionLabel = titreVersionLabel(v);
    else errors.version = "Cette version du titre est introuvable.";
  }

  if (!isIsoDate(form.du)) errors.du = "Saisissez le premier jour de la session.";
  if (!isIsoDate(form.au)) errors.au = "Saisissez le dernier jour de la session.";
  else if (isIsoDate(form.du)) {
    const days = daysBetween(form.du, form.au) + 1;
    if (days < 1) errors.au = "Le dernier jour ne peut pas précéder le premier.";
    else if (days > MAX_SESSION_DAYS) errors.au = `Une session dure ${MAX_SESSION_DAYS} jours au plus.`;
  }

  if (Object.keys(errors).length || !centre) return { state: "incomplet", form, errors };
  return { state: "pret", form, versionLabel, centre, criteria: { titreVersionId: form.version, debut: form.du, fin: form.au, centreId: centre.id } };
}
