import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { rowsOf, type Db } from "@/db/client";
import { auditEvents, candidatDoublons, candidatFusions, candidats, ccps, inscriptions, livrets, parchemins } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ecarterDoublon } from "@/lib/candidats/merge/ecarter-doublon";
import { mergeCandidatsSchema, type MergeCandidatsInput } from "@/lib/candidats/merge/fields";
import { mergeCandidats } from "@/lib/candidats/merge/merge-candidats";
import { getDoublonForUser, listDoublonsForUser } from "@/lib/candidats/merge/queries";
import { candidatReferences } from "@/lib/candidats/merge/references";
import { undoMerge } from "@/lib/candidats/merge/undo-merge";
import { resolveCandidatForUser } from "@/lib/candidats/queries";
import { formatParcheminNumero, generateParcheminNumero } from "@/lib/parchemins/numero";
import { createPaireDoublon } from "../fixtures/fusions";
import { writeResultatRow } from "../fixtures/resultats";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

/** Every row the merge may touch, as PostgreSQL prints it, in a stable order. */
async function dump(db: Db) {
  const out: Record<string, unknown[]> = {};
  for (const table of ["candidats", "inscriptions", "candidat_doublons", "resultats", "resultat_ccps", "livrets", "parchemins"]) {
    out[table] = rowsOf<{ row: string }>(await db.execute(sql.raw(`select to_jsonb(t)::text as row from "${table}" t`)))
      .map((r) => r.row)
      .sort();
  }
  return out;
}

function merge(user: CurrentUser, input: MergeCandidatsInput) {
  return mergeCandidats(user, mergeCandidatsSchema.parse(input), t.db);
}

function input(p: Awaited<ReturnType<typeof createPaireDoublon>>, choix: MergeCandidatsInput["choix"] = {}): MergeCandidatsInput {
  return { survivantId: p.gard.id, fusionneId: p.herault.id, versionSurvivant: p.gard.version, versionFusionne: p.herault.version, choix };
}

describe("fusion de deux fiches", () => {
  test("fusionne avec les champs choisis, déplace les inscriptions, garde un instantané ; l'annulation restaure chaque ligne à l'identique", async () => {
    const p = await createPaireDoublon(t.db);
    const before = await dump(t.db);
    const result = await merge(p.cast.occitanie, input(p, { nomUsage: "fusionne", email: "fusionne", residence: "fusionne" }));
    expect(result).toMatchObject({ ok: true, data: { survivantId: p.gard.id } });
    if (!result.ok) return;

    const [survivant] = await t.db.select().from(candidats).where(eq(candidats.id, p.gard.id));
    expect(survivant).toMatchObject({ nomNaissance: "LEFÈVRE", nomUsage: "ØRSTED", nomUsageNormalise: "orsted", email: "s.orsted@exemple.fr", residenceCommuneNom: "Montpellier", adresse: "12 rue de l'Université", telephone: null, version: 2, mergedIntoId: null });
    const [tombe] = await t.db.select().from(candidats).where(eq(candidats.id, p.herault.id));
    expect(tombe!.mergedIntoId).toBe(p.gard.id);
    const moved = await t.db.select().from(inscriptions).where(eq(inscriptions.candidatId, p.gard.id));
    expect(moved.map((i) => i.sessionId).sort()).toEqual([p.session.id, p.sessionH.id].sort());
    const [pair] = await t.db.select().from(candidatDoublons);
    expect(pair).toMatchObject({ statut: "fusionne", decidePar: p.cast.occitanie.id });
    const [fusion] = await t.db.select().from(candidatFusions);
    expect(fusion!.choix).toMatchObject({ email: { source: "fusionne" }, nomNaissance: { source: "survivant" } });
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "candidat.fusion"));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]!.after)).toContain("Courriel");

    // The old URL leads to the survivor.
    expect(await resolveCandidatForUser(p.cast.occitanie, p.herault.id, t.db)).toEqual({ redirect: p.gard.id });

    const undone = await undoMerge(p.cast.occitanie, { fusionId: result.data.fusionId }, t.db);
    expect(undone.ok).toBe(true);
    expect(await dump(t.db)).toEqual(before);
    const [annulee] = await t.db.select().from(candidatFusions);
    expect(annulee!.annuleeAt).not.toBeNull();
    expect(await undoMerge(p.cast.occitanie, { fusionId: result.data.fusionId }, t.db)).toMatchObject({ ok: false, message: "Cette fusion a déjà été annulée." });
  });

  test("les résultats, les CCP acquis, le livret et le parchemin suivent les inscriptions ; l'aperçu les montre ; l'annulation les rend à l'identique", async () => {
    const p = await createPaireDoublon(t.db);
    const ccpRows = await t.db
      .insert(ccps)
      .values([1, 2, 3].map((numero) => ({ titreVersionId: p.session.titreVersionId, numero, libelle: `Compétence ${numero}` })))
      .returning();
    const [inscriptionG] = await t.db.select().from(inscriptions).where(eq(inscriptions.candidatId, p.gard.id));
    const [inscriptionH] = await t.db.select().from(inscriptions).where(eq(inscriptions.candidatId, p.herault.id));
    // Montpellier: the title; Nîmes: a partial result with its livret.
    await writeResultatRow(t.db, inscriptionH!.id, ccpRows, { decision: "titre_obtenu", issues: { 1: "acquis", 2: "acquis", 3: "acquis" } });
    await writeResultatRow(t.db, inscriptionG!.id, ccpRows, { decision: "partiel", issues: { 1: "acquis", 2: "non_acquis", 3: "non_presente" } });
    await t.db.insert(livrets).values({ inscriptionId: inscriptionG!.id, delivreLe: "2027-03-20" });
    const numero = generateParcheminNumero();
    const [parchemin] = await t.db
      .insert(parchemins)
      .values({ inscriptionId: inscriptionH!.id, numero, delivreLe: "2027-06-20", departementCode: "34", lieuDelivranceCode: "34172", lieuDelivranceNom: "Montpellier", titreCode: p.titre.code, titreIntitule: p.titre.intitule, nsfCode: "311" })
      .returning();

    const apercu = await getDoublonForUser(p.cast.occitanie, p.doublon.id, t.db);
    expect(apercu?.inscriptions.find((i) => i.inscriptionId === inscriptionH!.id)).toMatchObject({ candidatId: p.herault.id, decision: "titre_obtenu", ccpsAcquis: 3, livretDelivreLe: null, parchemin: { numero: formatParcheminNumero(numero) } });
    expect(apercu?.inscriptions.find((i) => i.inscriptionId === inscriptionG!.id)).toMatchObject({ candidatId: p.gard.id, decision: "partiel", ccpsAcquis: 1, livretDelivreLe: "2027-03-20", parchemin: null });

    const before = await dump(t.db);
    const result = await merge(p.cast.occitanie, input(p));
    if (!result.ok) throw new Error(result.message);
    const [deplacee] = await t.db.select().from(inscriptions).where(eq(inscriptions.id, inscriptionH!.id));
    expect(deplacee!.candidatId).toBe(p.gard.id);
    const [parcheminApres] = await t.db.select().from(parchemins).where(eq(parchemins.id, parchemin!.id));
    expect(parcheminApres).toEqual(parchemin);
    const after = await dump(t.db);
    for (const table of ["resultats", "resultat_ccps", "livrets", "parchemins"]) expect(after[table]).toEqual(before[table]);

    expect((await undoMerge(p.cast.occitanie, { fusionId: result.data.fusionId }, t.db)).ok).toBe(true);
    expect(await dump(t.db)).toEqual(before);
  });

  test("l'ancienne adresse renvoie à la fiche conservée même quand la fiche fusionnée n'était visible que par ses inscriptions", async () => {
    const p = await createPaireDoublon(t.db);
    // The Hérault record lives nowhere known: the UD of the Hérault saw it through its Montpellier session only.
    await t.db.update(candidats).set({ residenceCommuneCode: null, residenceCommuneNom: null, residenceDepartementCode: null, residenceRegionCode: null, adresse: null, codePostal: null }).where(eq(candidats.id, p.herault.id));
    await t.db.update(candidats).set({ residenceDepartementCode: "34" }).where(eq(candidats.id, p.gard.id));
    const [herault] = await t.db.select().from(candidats).where(eq(candidats.id, p.herault.id));
    const result = await merge(p.cast.ud34, { ...input(p), versionFusionne: herault!.version });
    expect(result.ok).toBe(true);
    expect(await resolveCandidatForUser(p.cast.ud34, p.herault.id, t.db)).toEqual({ redirect: p.gard.id });
    expect(await resolveCandidatForUser(p.cast.auvergne, p.herault.id, t.db)).toBeNull();
  });

  test("prendre l'identité de la fiche fusionnée respecte la clé d'identité unique (la fiche fusionnée en sort)", async () => {
    const p = await createPaireDoublon(t.db);
    const result = await merge(p.cast.national, input(p, { nomNaissance: "fusionne", prenoms: "fusionne" }));
    expect(result.ok).toBe(true);
    const [survivant] = await t.db.select().from(candidats).where(eq(candidats.id, p.gard.id));
    expect(survivant).toMatchObject({ nomNaissance: "LEFEBVRE", nomNaissanceNormalise: "lefebvre", prenoms: "Sophie, Anne" });
  });

  test("refuse si l'une des fiches a changé depuis l'ouverture de la comparaison", async () => {
    const p = await createPaireDoublon(t.db);
    await t.db.update(candidats).set({ telephone: "07 00 00 00 00", version: 2 }).where(eq(candidats.id, p.herault.id));
    expect(await merge(p.cast.national, input(p))).toMatchObject({ ok: false, code: "conflit_version" });
    expect((await t.db.select().from(candidatFusions)).length).toBe(0);
  });

  test("refuse deux inscriptions à la même session, avec le numéro de la session", async () => {
    const p = await createPaireDoublon(t.db);
    await t.db.insert(inscriptions).values({ sessionId: p.session.id, candidatId: p.herault.id, parcours: "vae" });
    const result = await merge(p.cast.national, input(p));
    expect(result).toMatchObject({ ok: false, code: "refuse" });
    expect(!result.ok && result.message).toContain(p.session.numero);
  });

  test("refuse deux inscriptions à des sessions du même titre qui se chevauchent, en nommant les deux sessions", async () => {
    const p = await createPaireDoublon(t.db);
    const { createSessionRow } = await import("../fixtures/sessions");
    // The Hérault centre's session of the same title overlaps the Gard one (10–12 March 2027).
    const chevauchante = await createSessionRow(t.db, { centreId: p.sessionH.centreId, siteId: p.sessionH.siteId, titreVersionId: p.sessionH.titreVersionId, agrementId: p.sessionH.agrementId, dateDebut: "2027-03-12", dateFin: "2027-03-13", departementCode: "34" });
    await t.db.insert(inscriptions).values({ sessionId: chevauchante.id, candidatId: p.herault.id, parcours: "vae" });
    const before = await dump(t.db);
    const result = await merge(p.cast.national, input(p));
    expect(result).toMatchObject({ ok: false, code: "refuse" });
    expect(!result.ok && result.message).toContain(p.session.numero);
    expect(!result.ok && result.message).toContain(chevauchante.numero);
    expect(!result.ok && result.message).toMatch(/chevauchent/);
    expect(await dump(t.db)).toEqual(before);
    expect((await t.db.select().from(candidatFusions)).length).toBe(0);
  });

  test("deux sessions du même titre qui ne se chevauchent pas, ou une session annulée, n'empêchent pas la fusion", async () => {
    const p = await createPaireDoublon(t.db);
    const { createSessionRow } = await import("../fixtures/sessions");
    const annulee = await createSessionRow(t.db, { centreId: p.sessionH.centreId, siteId: p.sessionH.siteId, titreVersionId: p.sessionH.titreVersionId, agrementId: p.sessionH.agrementId, dateDebut: "2027-03-11", departementCode: "34", statut: "annulee" });
    await t.db.insert(inscriptions).values({ sessionId: annulee.id, candidatId: p.herault.id, parcours: "vae" });
    expect(await merge(p.cast.national, input(p))).toMatchObject({ ok: true });
  });

  test("une paire écartée ne se fusionne plus ; l'écart est tracé sur les deux fiches", async () => {
    const p = await createPaireDoublon(t.db);
    expect((await ecarterDoublon(p.cast.occitanie, { doublonId: p.doublon.id }, t.db)).ok).toBe(true);
    const [pair] = await t.db.select().from(candidatDoublons);
    expect(pair!.statut).toBe("ecarte");
    expect((await t.db.select().from(auditEvents).where(eq(auditEvents.action, "candidat.doublon_ecarte"))).map((e) => e.entityId).sort()).toEqual([p.gard.id, p.herault.id].sort());
    expect(await merge(p.cast.national, input(p))).toMatchObject({ ok: false, code: "refuse" });
  });

  test.each([
    ["un centre", "centreUser"],
    ["l'UD de l'Hérault (la fiche du Gard hors de son territoire)", "ud34"],
    ["la DREETS Auvergne-Rhône-Alpes", "auvergne"],
  ] as const)("%s ne peut pas fusionner : introuvable", async (_label, who) => {
    const p = await createPaireDoublon(t.db);
    expect(await merge(p.cast[who], input(p))).toMatchObject({ ok: false, code: "introuvable" });
    expect(await ecarterDoublon(p.cast[who], { doublonId: p.doublon.id }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
  });

  test("deux agents fusionnent la même paire au même instant : une seule fusion réussit", async () => {
    const p = await createPaireDoublon(t.db);
    const results = await Promise.all([merge(p.cast.national, input(p, { email: "fusionne" })), merge(p.cast.occitanie, input(p))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.message).toMatch(/modifiée|déjà été fusionnée/);
    expect((await t.db.select().from(candidatFusions)).length).toBe(1);
  });
});

describe("annulation refusée quand quelque chose a changé", () => {
  async function merged() {
    const p = await createPaireDoublon(t.db);
    const result = await merge(p.cast.national, input(p));
    if (!result.ok) throw new Error(result.message);
    return { ...p, fusionId: result.data.fusionId };
  }

  test("la fiche conservée a été modifiée après la fusion", async () => {
    const p = await merged();
    await t.db.update(candidats).set({ telephone: "07 11 22 33 44", version: sql`${candidats.version} + 1` }).where(eq(candidats.id, p.gard.id));
    expect(await undoMerge(p.cast.national, { fusionId: p.fusionId }, t.db)).toMatchObject({ ok: false, message: expect.stringContaining("fiche conservée a été modifiée") });
  });

  test("une inscription déplacée a été supprimée depuis", async () => {
    const p = await merged();
    await t.db.delete(inscriptions).where(eq(inscriptions.sessionId, p.sessionH.id));
    expect(await undoMerge(p.cast.national, { fusionId: p.fusionId }, t.db)).toMatchObject({ ok: false, message: expect.stringContaining("supprimée") });
  });

  test("une nouvelle inscription sur la fiche conservée", async () => {
    const p = await merged();
    const { createSessionRow } = await import("../fixtures/sessions");
    const autre = await createSessionRow(t.db, { centreId: p.session.centreId, siteId: p.session.siteId, titreVersionId: p.session.titreVersionId, agrementId: p.session.agrementId, dateDebut: "2027-11-02" });
    await t.db.insert(inscriptions).values({ sessionId: autre.id, candidatId: p.gard.id, parcours: "apprentissage" });
    expect(await undoMerge(p.cast.national, { fusionId: p.fusionId }, t.db)).toMatchObject({ ok: false, message: expect.stringContaining("ajoutée depuis") });
  });

  test("hors de son territoire, la fusion est introuvable", async () => {
    const p = await merged();
    expect(await undoMerge(p.cast.auvergne, { fusionId: p.fusionId }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
    expect(await undoMerge(p.cast.centreUser, { fusionId: p.fusionId }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
  });
});

test("chaque clé étrangère vers candidats est traitée par la fusion (déplacée ou gardée comme historique)", async () => {
  const result = await t.db.execute(sql`
    select c.conrelid::regclass::text as "table", a.attname as "column"
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'public.candidats'::regclass`);
  const found = rowsOf<{ table: string; column: string }>(result).map((r) => `${r.table}.${r.column}`).sort();
  expect(found).toEqual(candidatReferences.map((r) => `${r.table}.${r.column}`).sort());
});

describe("table des doublons", () => {
  const LIST = { page: 1, pageSize: 20, sort: "score" as const, dir: "desc" as const };
  const ids = async (user: CurrentUser, filters: Record<string, string> = {}) => (await listDoublonsForUser(user, { ...LIST, filters }, t.db)).rows.map((r) => r.id);

  test("un agent régional ne voit que les paires dont les deux fiches sont dans son périmètre", async () => {
    const p = await createPaireDoublon(t.db);
    expect(await ids(p.cast.national)).toEqual([p.doublon.id]);
    expect(await ids(p.cast.occitanie)).toEqual([p.doublon.id]);
    expect(await ids(p.cast.ud34)).toEqual([]);
    expect(await ids(p.cast.auvergne)).toEqual([]);
    expect(await ids(p.cast.centreUser)).toEqual([]);
    expect(await getDoublonForUser(p.cast.ud34, p.doublon.id, t.db)).toBeNull();
    const detail = await getDoublonForUser(p.cast.occitanie, p.doublon.id, t.db);
    expect(detail?.inscriptions.map((i) => i.numero).sort()).toEqual([p.session.numero, p.sessionH.numero].sort());
    expect(detail?.raisons[0]).toMatch(/^Noms de naissance proches/);
  });

  test("filtres : tranche de score, région, titre ; une paire écartée ou fusionnée sort de la table", async () => {
    const p = await createPaireDoublon(t.db);
    expect(await ids(p.cast.national, { score: "90" })).toEqual([p.doublon.id]);
    expect(await ids(p.cast.national, { score: "80" })).toEqual([]);
    expect(await ids(p.cast.national, { region: "76" })).toEqual([p.doublon.id]);
    expect(await ids(p.cast.national, { region: "84" })).toEqual([]);
    expect(await ids(p.cast.national, { titre: p.titre.code })).toEqual([p.doublon.id]);
    expect(await ids(p.cast.national, { titre: "aucun titre de ce nom" })).toEqual([]);
    await ecarterDoublon(p.cast.national, { doublonId: p.doublon.id }, t.db);
    expect(await ids(p.cast.national)).toEqual([]);
  });
});
