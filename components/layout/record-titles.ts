import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { getAgrementForUser } from "@/lib/agrements/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCurrentUser } from "@/lib/auth/auth-session";
import { nomComplet } from "@/lib/candidats/display";
import { getDoublonForUser, getFusionForUser } from "@/lib/candidats/merge/queries";
import { getCandidatForUser } from "@/lib/candidats/queries";
import { getCentreForUser } from "@/lib/centres/queries";
import { nomPrenoms } from "@/lib/jures/display";
import { getHabilitationForUser, getJureForUser } from "@/lib/jures/queries";
import { getDepartement } from "@/lib/territoires/queries";
import { getTitreForUser } from "@/lib/titres/queries";
import { getUserForUser } from "@/lib/users/queries";

/**
 * The <title> of a detail page names its record ("Fiche du juré — LAMBERT Sylvie — CERES"), so that tabs,
 * history and screen readers tell two records apart. The record is loaded in the user's scope: out of
 * scope the title stays generic (the page itself answers 404), so the name never leaks.
 */
function recordTitle(loadName: (user: CurrentUser, id: string) => Promise<string | null>) {
  const named = cache(async (id: string) => {
    const user = await getCurrentUser();
    return user ? loadName(user, id) : null;
  });
  return async (page: string, id: string): Promise<Metadata> => {
    const name = await named(id);
    return { title: name ? `${page} — ${name}` : page };
  };
}

export const centreTitle = recordTitle(async (user, id) => (await getCentreForUser(user, id))?.raisonSociale ?? null);

export const jureTitle = recordTitle(async (user, id) => {
  const jure = await getJureForUser(user, id);
  return jure ? nomPrenoms(jure) : null;
});

export const habilitationTitle = recordTitle(async (user, id) => {
  const h = await getHabilitationForUser(user, id);
  return h ? `${nomPrenoms(h)}, ${h.code}` : null;
});

export const titreTitle = recordTitle(async (user, id) => {
  const titre = await getTitreForUser(user, id);
  return titre ? `${titre.code} ${titre.intitule}` : null;
});

export const utilisateurTitle = recordTitle(async (user, id) => {
  const account = await getUserForUser(user, id);
  return account ? `${account.prenom} ${account.nom}` : null;
});

export const agrementTitle = recordTitle(async (user, id) => {
  const a = await getAgrementForUser(user, id);
  return a ? `${a.titreCode}, ${a.centreNom}` : null;
});

export const departementTitle = recordTitle(async (user, code) => {
  const d = await getDepartement(user, code);
  return d ? `${d.code} ${d.nom}` : null;
});

export const candidatTitle = recordTitle(async (user, id) => {
  const c = await getCandidatForUser(user, id);
  return c ? nomComplet(c) : null;
});

export const doublonTitle = recordTitle(async (user, id) => {
  const d = await getDoublonForUser(user, id);
  return d ? `${nomComplet(d.a)} et ${nomComplet(d.b)}` : null;
});

export const fusionTitle = recordTitle(async (user, id) => {
  const f = await getFusionForUser(user, id);
  return f ? `${f.fusionneNom} dans ${f.survivantNom}` : null;
});
