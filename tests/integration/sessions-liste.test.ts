import { describe, expect, test } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getSessionForUser } from "@/lib/sessions/load";
import { countSessionsATraiter, listSessionsForUser, sessionListSpec, type SessionListParams } from "@/lib/sessions/list-query";
import { listSessionHistoryForUser } from "@/lib/sessions/queries";
import { parseListParams } from "@/lib/table/list-params";
import { asCurrentUser, createSite, createUserRow } from "../fixtures/factories";
import { createJureRow } from "../fixtures/jures";
import { convokeJureRow, createAgrementRow, createSessionRow } from "../fixtures/sessions";
import { useTestDatabase } from "./support/database";
import { setupSessions } from "./support/sessions";

const t = useTestDatabase();

async function setup() {
  const s = await setupSessions(t.db);
  const siteHerault = await createSite(t.db, s.c.centreHerault.id, "Plateau de Montpellier");
  const agrementHerault = await createAgrementRow(t.db, { centreId: s.c.centreHerault.id, siteId: siteHerault.id, titreVersionId: s.version.id });
  const base = { titreVersionId: s.version.id };
  const gardBrouillon = await createSessionRow(t.db, { ...base, centreId: s.c.centreGard.id, siteId: s.site.id, agrementId: s.agrement.id, dateDebut: "2027-06-01", statut: "brouillon" });
  const gardDeclaree = await createSessionRow(t.db, { ...base, centreId: s.c.centreGard.id, siteId: s.site.id, agrementId: s.agrement.id, dateDebut: "2027-05-01", dateFin: "2027-05-03", statut: "declaree" });
  const gardTransmise = await createSessionRow(t.db, { ...base, centreId: s.c.centreGard.id, siteId: s.site.id, agrementId: s.agrement.id, dateDebut: "2027-02-01", statut: "transmise" });
  const herault = await createSessionRow(t.db, { ...base, centreId: s.c.centreHerault.id, siteId: siteHerault.id, agrementId: agrementHerault.id, departementCode: "34", dateDebut: "2027-04-01", statut: "transmise" });
  const lyon = await createSessionRow(t.db, { ...base, centreId: s.c.centreRhone.id, siteId: s.siteLyon.id, agrementId: s.agrementLyon.id, regionCode: "84", departementCode: "69", dateDebut: "2027-03-01", statut: "jury_constitue" });
  const [j1, j2, j3] = [await createJureRow(t.db, { nomNaissance: "NGUYỄN" }), await createJureRow(t.db, { nomNaissance: "ØRSTED" }), await createJureRow(t.db)];
  await convokeJureRow(t.db, gardDeclaree.id, j1.id);
  await convokeJureRow(t.db, gardDeclaree.id, j2.id, { retireAt: new Date(), motifRetrait: "Indisponible" });
  await convokeJureRow(t.db, lyon.id, j1.id);
  await convokeJureRow(t.db, lyon.id, j3.id);
  const lyonUser = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: s.c.centreRhone.id }));
  return { s, lyonUser, ids: { gardBrouillon: gardBrouillon.id, gardDeclaree: gardDeclaree.id, gardTransmise: gardTransmise.id, herault: herault.id, lyon: lyon.id } };
}

const params = (query: Record<string, string> = {}): SessionListParams => parseListParams(query, sessionListSpec);
const numeros = async (user: CurrentUser, query: Record<string, string> = {}) => (await listSessionsForUser(user, params(query), t.db)).rows.map((r) => r.id);

describe("liste des sessions et périmètre (R9)", () => {
  test("chaque rôle voit son périmètre, les plus récentes d'abord ; hors périmètre, la session n'existe pas (ni fiche, ni historique)", async () => {
    const { s, lyonUser, ids } = await setup();
    const gard = [ids.gardBrouillon, ids.gardDeclaree, ids.gardTransmise];
    expect(await numeros(s.c.national)).toEqual([ids.gardBrouillon, ids.gardDeclaree, ids.herault, ids.lyon, ids.gardTransmise]);
    expect(await numeros(s.c.occitanie)).toEqual([ids.gardBrouillon, ids.gardDeclaree, ids.herault, ids.gardTransmise]);
    expect(await numeros(s.c.ud30)).toEqual(gard);
    expect(await numeros(s.c.ud34)).toEqual([ids.herault]);
    expect(await numeros(s.c.auvergne)).toEqual([ids.lyon]);
    expect(await numeros(s.c.centreUser)).toEqual(gard);
    expect(await numeros(lyonUser)).toEqual([ids.lyon]);
    expect((await listSessionsForUser(s.c.occitanie, params(), t.db)).total).toBe(4);

    for (const [user, hidden] of [[s.c.ud34, ids.gardDeclaree], [s.c.auvergne, ids.herault], [lyonUser, ids.gardBrouillon], [s.c.centreUser, ids.lyon]] as const) {
      expect(await getSessionForUser(user, hidden, t.db)).toBeNull();
      expect(await listSessionHistoryForUser(user, hidden, t.db)).toBeNull();
    }
    expect(await getSessionForUser(s.c.ud30, ids.gardDeclaree, t.db)).toMatchObject({ numero: expect.stringMatching(/^2027-30-\d{5}$/) });
  });

  test("« À traiter » : le centre ses brouillons et ses sessions sans jury complet ; l'UD et la DREETS les sessions transmises", async () => {
    const { s, lyonUser, ids } = await setup();
    expect(await numeros(s.c.centreUser, { vue: "a-traiter" })).toEqual([ids.gardBrouillon, ids.gardDeclaree]);
    expect(await numeros(lyonUser, { vue: "a-traiter" })).toEqual([]);
    expect(await numeros(s.c.ud30, { vue: "a-traiter" })).toEqual([ids.gardTransmise]);
    expect(await numeros(s.c.occitanie, { vue: "a-traiter" })).toEqual([ids.herault, ids.gardTransmise]);
    expect(await numeros(s.c.auvergne, { vue: "a-traiter" })).toEqual([]);
    expect(await countSessionsATraiter(s.c.centreUser, t.db)).toBe(2);
    expect(await countSessionsATraiter(s.c.ud34, t.db)).toBe(1);
  });

  test("filtres : statut, titre, centre (nom accentué ou SIRET), période, département ; nombre de jurés actifs", async () => {
    const { s, ids } = await setup();
    expect(await numeros(s.c.national, { statut: "transmise" })).toEqual([ids.herault, ids.gardTransmise]);
    expect(await numeros(s.c.national, { statut: "inconnu" })).toEqual([]);
    expect(await numeros(s.c.national, { titre: s.titre.id })).toHaveLength(5);
    expect(await numeros(s.c.national, { titre: "pas-un-uuid" })).toEqual([]);
    expect(await numeros(s.c.national, { centre: "centre de l'herault" })).toEqual([ids.herault]);
    expect(await numeros(s.c.national, { centre: "530 600 766" })).toEqual([ids.gardBrouillon, ids.gardDeclaree, ids.gardTransmise]);
    expect(await numeros(s.c.national, { du: "2027-05-02", au: "2027-06-01" })).toEqual([ids.gardBrouillon, ids.gardDeclaree]);
    expect(await numeros(s.c.national, { du: "n'importe quoi" })).toEqual([]);
    expect(await numeros(s.c.national, { departement: "69" })).toEqual([ids.lyon]);
    // A UD asking for another département gets nothing more than its own.
    expect(await numeros(s.c.ud30, { departement: "34" })).toEqual([]);
    const rows = (await listSessionsForUser(s.c.national, params(), t.db)).rows;
    expect(Object.fromEntries(rows.map((r) => [r.id, r.jurorsCount]))).toEqual({ [ids.gardBrouillon]: 0, [ids.gardDeclaree]: 1, [ids.herault]: 0, [ids.lyon]: 2, [ids.gardTransmise]: 0 });
    expect(rows[0]).toMatchObject({ titreCode: "TP-01281", centreRaisonSociale: "16 30 FORMATION", siteLibelle: "Plateau de Bagnols", statut: "brouillon" });
  });

  test("pagination et tri : pages sans chevauchement, tri par numéro", async () => {
    const { s } = await setup();
    const all = await numeros(s.c.national);
    const pages: string[] = [];
    for (let page = 1; page <= 3; page++) pages.push(...(await listSessionsForUser(s.c.national, { ...params(), pageSize: 2, page }, t.db)).rows.map((r) => r.id));
    expect(pages).toEqual(all);
    const byNumero = (await listSessionsForUser(s.c.national, params({ tri: "numero", ordre: "asc" }), t.db)).rows.map((r) => r.numero);
    expect(byNumero).toEqual([...byNumero].sort());
  });
});

describe("liste des sessions : période et compte plafonné", () => {
  test("période : une session de 31 jours (la plus longue admise) commençant 30 jours avant « du » reste dans la liste", async () => {
    const { s } = await setup();
    const base = { titreVersionId: s.version.id, centreId: s.c.centreGard.id, siteId: s.site.id, agrementId: s.agrement.id };
    // 31 days: from 1 to 31 January; the lower bound the query adds on the first day is du − 30.
    const longue = await createSessionRow(t.db, { ...base, dateDebut: "2026-01-01", dateFin: "2026-01-31", statut: "declaree" });
    expect(await numeros(s.c.national, { du: "2026-01-31", au: "2026-01-31" })).toEqual([longue.id]);
    expect(await numeros(s.c.national, { du: "2026-01-15" })).toContain(longue.id);
    expect(await numeros(s.c.national, { du: "2026-02-01", au: "2026-02-01" })).toEqual([]);
    expect((await listSessionsForUser(s.c.national, params({ du: "2026-01-31", au: "2026-01-31" }), t.db)).total).toBe(1);
  });

  test("compte plafonné : au-delà du plafond, le total est le plafond et marqué « au moins » ; la pagination va jusqu'au plafond", async () => {
    const { s } = await setup();
    const all = await numeros(s.c.national);
    expect(all).toHaveLength(5);
    expect(await listSessionsForUser(s.c.national, params(), t.db, { countCap: 5 })).toMatchObject({ total: 5, totalIsLowerBound: false });
    expect(await listSessionsForUser(s.c.national, params(), t.db, { countCap: 3 })).toMatchObject({ total: 3, totalIsLowerBound: true });
    // A filter under the cap gives the exact count again.
    expect(await listSessionsForUser(s.c.national, params({ statut: "transmise" }), t.db, { countCap: 3 })).toMatchObject({ total: 2, totalIsLowerBound: false });
    const page2 = await listSessionsForUser(s.c.national, { ...params(), pageSize: 2, page: 2 }, t.db, { countCap: 3 });
    expect(page2.rows.map((r) => r.id)).toEqual(all.slice(2, 4));
    expect(page2).toMatchObject({ total: 3, totalIsLowerBound: true });
  });
});
