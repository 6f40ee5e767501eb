import { and, count, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, candidats, inscriptions, pays, sessions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createCandidat } from "@/lib/candidats/create-candidat";
import { desinscrireCandidat } from "@/lib/candidats/desinscrire-candidat";
import { inscrireCandidat } from "@/lib/candidats/inscrire-candidat";
import { getCandidatForUser, listCandidatsForUser, listParcoursOfCandidat, resolveCandidatForUser } from "@/lib/candidats/queries";
import { createCandidatSchema, updateCandidatSchema, type CandidatInput } from "@/lib/candidats/schemas";
import { updateCandidat } from "@/lib/candidats/update-candidat";
import { listSessionsForUser, sessionListSpec } from "@/lib/sessions/list-query";
import { parseListParams } from "@/lib/table/list-params";
import { createScopeCast, createSite, createTitreVersion, seedSomeCommunes } from "../fixtures/factories";
import { candidatInput, createCandidatRow } from "../fixtures/candidats";
import { createAgrementRow, createSessionRow } from "../fixtures/sessions";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const LIST = { page: 1, pageSize: 50, sort: "nom" as const, dir: "asc" as const, filters: {} };

async function setup() {
  const cast = await createScopeCast(t.db);
  await seedSomeCommunes(t.db);
  const { version, titre } = await createTitreVersion(t.db);
  const site = await createSite(t.db, cast.centreGard.id);
  const agrement = await createAgrementRow(t.db, { centreId: cast.centreGard.id, siteId: site.id, titreVersionId: version.id });
  const session = await createSessionRow(t.db, { centreId: cast.centreGard.id, siteId: site.id, titreVersionId: version.id, agrementId: agrement.id, dateDebut: "2027-03-10", dateFin: "2027-03-12", capacite: 2 });
  const siteH = await createSite(t.db, cast.centreHerault.id);
  const agrementH = await createAgrementRow(t.db, { centreId: cast.centreHerault.id, siteId: siteH.id, titreVersionId: version.id });
  const sessionH = await createSessionRow(t.db, { centreId: cast.centreHerault.id, siteId: siteH.id, titreVersionId: version.id, agrementId: agrementH.id, dateDebut: "2027-03-11", dateFin: "2027-03-11", departementCode: "34" });
  return { cast, version, titre, session, sessionH };
}

async function create(user: CurrentUser, input: CandidatInput, extra: { confirmeMalgreProches?: boolean; prochesVus?: string[] } = {}) {
  const result = await createCandidat(user, createCandidatSchema.parse({ ...input, ...extra }), t.db);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("création d'une fiche (R5)", () => {
  test("crée la fiche, puis propose la fiche existante pour la même personne écrite autrement", async () => {
    const { cast } = await setup();
    const first = await create(cast.centreUser, candidatInput());
    expect(first.statut).toBe("cree");
    const again = await create(cast.national, candidatInput({ nomNaissance: "LEFEVRE", prenoms: "sophie, anne", dateNaissance: "1990-03-12" }));
    expect(again).toMatchObject({ statut: "existant", match: { id: first.statut === "cree" ? first.id : "", masque: false } });
    expect((await t.db.select({ n: count() }).from(candidats))[0]!.n).toBe(1);
  });

  test("un centre voit la fiche identique d'un inconnu masquée, sans contact ni parcours", async () => {
    const { cast } = await setup();
    const other = await createCandidatRow(t.db, { nomNaissance: "LEFÈVRE", prenoms: "Sophie Anne", email: "secret@exemple.fr", createdByCentreId: cast.centreHerault.id });
    const result = await create(cast.centreUser, candidatInput());
    expect(result).toEqual({ statut: "existant", match: { id: other.id, score: 1, raisons: expect.any(Array), masque: true, identite: "LEFÈVRE S*** A***, née le 12/03/1990 à Nîmes" } });
    expect(JSON.stringify(result)).not.toContain("secret");
    // La correspondance ne donne pas accès à la fiche : seule une inscription le fera.
    expect(await getCandidatForUser(cast.centreUser, other.id, t.db)).toBeNull();
  });

  test("les fiches proches sont montrées ; « Créer quand même » exige de les avoir vues et le trace", async () => {
    const { cast } = await setup();
    const proche = await createCandidatRow(t.db, { nomNaissance: "LEFEBVRE", prenoms: "Sophie Anne", createdByCentreId: cast.centreHerault.id });
    const shown = await create(cast.centreUser, candidatInput());
    expect(shown.statut).toBe("proches");
    if (shown.statut !== "proches") return;
    expect(shown.proches.map((p) => p.id)).toEqual([proche.id]);
    expect(shown.proches[0]!.identite).toBe("LEFEBVRE S*** A***, née le 12/03/1990 à Nîmes");
    expect(shown.proches[0]!.raisons.length).toBeGreaterThan(0);
    expect(await create(cast.centreUser, candidatInput(), { confirmeMalgreProches: true, prochesVus: [] })).toMatchObject({ statut: "proches" });
    const created = await create(cast.centreUser, candidatInput(), { confirmeMalgreProches: true, prochesVus: [proche.id] });
    expect(created.statut).toBe("cree");
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "candidat.cree_malgre_proches"));
    expect(JSON.stringify(event!.after)).toContain("LEFEBVRE S*** A***");
  });

  test("deux créations simultanées de la même personne finissent avec une seule fiche", async () => {
    const { cast } = await setup();
    const herault = { ...cast.centreUser, centreId: cast.centreHerault.id } as CurrentUser;
    const results = await Promise.all([create(cast.centreUser, candidatInput()), create(herault, candidatInput({ nomNaissance: "LEFÈVRE" }))]);
    expect(results.map((r) => r.statut).sort()).toEqual(["cree", "existant"]);
    expect((await t.db.select({ n: count() }).from(candidats))[0]!.n).toBe(1);
  });

  test("né à l'étranger : pays et ville", async () => {
    const { cast } = await setup();
    await t.db.insert(pays).values({ code: "99243", nom: "Viêt Nam", searchName: "viet nam" }).onConflictDoNothing();
    const result = await create(cast.national, candidatInput({ nomNaissance: "Nguyễn", prenoms: "Thị Lan", lieuNaissance: "etranger", naissanceCommuneCode: "", naissancePaysCode: "99243", naissanceVille: "Hà Nội" }));
    expect(result.statut).toBe("cree");
    const [row] = await t.db.select().from(candidats);
    expect(row).toMatchObject({ nomNaissance: "NGUYỄN", lieuNaissanceCle: "p:99243|ha noi", naissanceCommuneCode: null });
  });
});

describe("modification", () => {
  test("verrou optimiste, clés recalculées, la clé unique tient", async () => {
    const { cast } = await setup();
    const a = await createCandidatRow(t.db, { nomNaissance: "DUPONT", prenoms: "Marie", createdByCentreId: cast.centreGard.id });
    await createCandidatRow(t.db, { nomNaissance: "DURAND", prenoms: "Marie", createdByCentreId: cast.centreGard.id });
    const input = (o: Partial<CandidatInput>, v: number) => updateCandidatSchema.parse({ ...candidatInput({ nomNaissance: "Dupond", prenoms: "Marie", ...o }), id: a.id, version: v });
    expect(await updateCandidat(cast.centreUser, input({}, 1), t.db)).toMatchObject({ ok: true });
    expect((await t.db.select().from(candidats).where(eq(candidats.id, a.id)))[0]).toMatchObject({ nomNaissanceNormalise: "dupond", version: 2 });
    expect(await updateCandidat(cast.centreUser, input({}, 1), t.db)).toMatchObject({ ok: false, code: "conflit_version" });
    expect(await updateCandidat(cast.centreUser, input({ nomNaissance: "Durand" }, 2), t.db)).toMatchObject({ ok: false, code: "deja_existant" });
    expect(await updateCandidat(cast.ud34, input({}, 2), t.db)).toMatchObject({ ok: false, code: "introuvable" });
  });
});

describe("périmètre des candidats (R9)", () => {
  test.each([
    ["national", ["CREE", "GARD", "HERAULT", "LYON", "RESIDENT"]],
    ["centreUser", ["CREE", "GARD"]],
    ["ud30", ["GARD", "RESIDENT"]],
    ["ud34", ["HERAULT"]],
    ["occitanie", ["GARD", "HERAULT", "RESIDENT"]],
    ["auvergne", ["LYON"]],
  ] as const)("%s voit %j", async (who, noms) => {
    const { cast, session, sessionH } = await setup();
    await createCandidatRow(t.db, { nomNaissance: "CREE", prenoms: "Ana", createdByCentreId: cast.centreGard.id });
    const gard = await createCandidatRow(t.db, { nomNaissance: "GARD", prenoms: "Ana" });
    const herault = await createCandidatRow(t.db, { nomNaissance: "HERAULT", prenoms: "Ana" });
    await createCandidatRow(t.db, { nomNaissance: "LYON", prenoms: "Ana", residenceDepartementCode: "69", residenceRegionCode: "84" });
    await createCandidatRow(t.db, { nomNaissance: "RESIDENT", prenoms: "Ana", residenceDepartementCode: "30", residenceRegionCode: "76" });
    const tombe = await createCandidatRow(t.db, { nomNaissance: "TOMBE", prenoms: "Ana", createdByCentreId: cast.centreGard.id });
    await t.db.update(candidats).set({ mergedIntoId: gard.id }).where(eq(candidats.id, tombe.id));
    await t.db.insert(inscriptions).values([
      { sessionId: session.id, candidatId: gard.id, parcours: "vae" },
      { sessionId: sessionH.id, candidatId: herault.id, parcours: "vae" },
    ]);
    const { rows, total } = await listCandidatsForUser(cast[who], LIST, t.db);
    expect(rows.map((r) => r.nomNaissance)).toEqual(noms);
    expect(total).toBe(noms.length);
  });

  test("la recherche par nom tolère accents et fautes (trigrammes), la date de naissance filtre", async () => {
    const { cast } = await setup();
    await createCandidatRow(t.db, { nomNaissance: "NGUYỄN", prenoms: "Thị Lan" });
    await createCandidatRow(t.db, { nomNaissance: "ØRSTED", prenoms: "Hans", dateNaissance: "1985-07-01" });
    const search = async (filters: Record<string, string>) => (await listCandidatsForUser(cast.national, { ...LIST, filters }, t.db)).rows.map((r) => r.nomNaissance);
    expect(await search({ q: "nguyen" })).toEqual(["NGUYỄN"]);
    expect(await search({ q: "orstedt" })).toEqual(["ØRSTED"]);
    expect(await search({ q: "nguyen thi" })).toEqual(["NGUYỄN"]);
    expect(await search({ naissance: "01/07/1985" })).toEqual(["ØRSTED"]);
  });

  test("une fiche fusionnée mène à la survivante quand elle est dans le périmètre", async () => {
    const { cast } = await setup();
    const survivante = await createCandidatRow(t.db, { nomNaissance: "SURVIE", prenoms: "Ana", createdByCentreId: cast.centreGard.id });
    const tombe = await createCandidatRow(t.db, { nomNaissance: "TOMBE", prenoms: "Ana", createdByCentreId: cast.centreGard.id });
    await t.db.update(candidats).set({ mergedIntoId: survivante.id }).where(eq(candidats.id, tombe.id));
    expect(await resolveCandidatForUser(cast.centreUser, tombe.id, t.db)).toEqual({ redirect: survivante.id });
    expect(await resolveCandidatForUser(cast.ud34, tombe.id, t.db)).toBeNull();
  });
});

describe("inscriptions", () => {
  test("un centre inscrit une personne trouvée masquée : la fiche entre alors dans son périmètre", async () => {
    const { cast, session } = await setup();
    const autre = await createCandidatRow(t.db, { nomNaissance: "MARTIN", prenoms: "Sophie", createdByCentreId: cast.centreHerault.id });
    expect(await getCandidatForUser(cast.centreUser, autre.id, t.db)).toBeNull();
    expect(await inscrireCandidat(cast.centreUser, { sessionId: session.id, candidatId: autre.id, parcours: "vae" }, t.db)).toMatchObject({ ok: true });
    expect(await getCandidatForUser(cast.centreUser, autre.id, t.db)).not.toBeNull();
    const parcours = await listParcoursOfCandidat(cast.centreUser, autre.id, t.db);
    expect(parcours).toMatchObject([{ numero: session.numero, parcours: "vae", sessionVisible: true }]);
    const actions = (await t.db.select({ a: auditEvents.action }).from(auditEvents)).map((e) => e.a).sort();
    expect(actions).toEqual(["candidat.inscrit", "session.candidat_inscrit"]);
    const { rows } = await listSessionsForUser(cast.centreUser, parseListParams({}, sessionListSpec), t.db);
    expect(rows.map((r) => [r.numero, r.candidatsCount])).toEqual([[session.numero, 1]]);
  });

  test("ni deux fois dans une session, ni dans deux sessions du même titre qui se chevauchent, ni au-delà de la capacité", async () => {
    const { cast, session, sessionH } = await setup();
    const a = await createCandidatRow(t.db, { nomNaissance: "ALPHA", prenoms: "Ana" });
    const b = await createCandidatRow(t.db, { nomNaissance: "BETA", prenoms: "Ana" });
    const c = await createCandidatRow(t.db, { nomNaissance: "GAMMA", prenoms: "Ana" });
    expect(await inscrireCandidat(cast.national, { sessionId: session.id, candidatId: a.id, parcours: "vae" }, t.db)).toMatchObject({ ok: true });
    expect(await inscrireCandidat(cast.national, { sessionId: session.id, candidatId: a.id, parcours: "vae" }, t.db)).toMatchObject({ ok: false, message: "Ce candidat est déjà inscrit à cette session." });
    const overlap = await inscrireCandidat(cast.national, { sessionId: sessionH.id, candidatId: a.id, parcours: "apprentissage" }, t.db);
    expect(overlap).toMatchObject({ ok: false, code: "refuse" });
    expect(!overlap.ok && overlap.message).toContain(`session n° ${session.numero}`);
    expect(await inscrireCandidat(cast.national, { sessionId: session.id, candidatId: b.id, parcours: "formation_continue" }, t.db)).toMatchObject({ ok: true });
    expect(await inscrireCandidat(cast.national, { sessionId: session.id, candidatId: c.id, parcours: "capitalisation" }, t.db)).toMatchObject({ ok: false, message: expect.stringContaining("complète") });
    expect(await inscrireCandidat(cast.ud34, { sessionId: session.id, candidatId: c.id, parcours: "vae" }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
  });

  test("deux inscriptions simultanées dans deux sessions qui se chevauchent : une seule passe", async () => {
    const { cast, session, sessionH } = await setup();
    const a = await createCandidatRow(t.db, { nomNaissance: "ALPHA", prenoms: "Ana" });
    const results = await Promise.all([
      inscrireCandidat(cast.national, { sessionId: session.id, candidatId: a.id, parcours: "vae" }, t.db),
      inscrireCandidat(cast.national, { sessionId: sessionH.id, candidatId: a.id, parcours: "vae" }, t.db),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await t.db.select({ n: count() }).from(inscriptions))[0]!.n).toBe(1);
  });

  test("retrait tant que la session le permet", async () => {
    const { cast, session } = await setup();
    const a = await createCandidatRow(t.db, { nomNaissance: "ALPHA", prenoms: "Ana" });
    const inscrit = await inscrireCandidat(cast.centreUser, { sessionId: session.id, candidatId: a.id, parcours: "vae" }, t.db);
    if (!inscrit.ok) throw new Error(inscrit.message);
    await t.db.update(sessions).set({ statut: "resultats_saisis" }).where(eq(sessions.id, session.id));
    expect(await desinscrireCandidat(cast.centreUser, { sessionId: session.id, inscriptionId: inscrit.data.id }, t.db)).toMatchObject({ ok: false, code: "refuse" });
    await t.db.update(sessions).set({ statut: "declaree" }).where(eq(sessions.id, session.id));
    expect(await desinscrireCandidat(cast.centreUser, { sessionId: session.id, inscriptionId: inscrit.data.id }, t.db)).toMatchObject({ ok: true });
    expect(await t.db.select().from(inscriptions).where(and(eq(inscriptions.sessionId, session.id)))).toEqual([]);
  });
});
