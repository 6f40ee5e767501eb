import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, departements } from "@/db/schema";
import { seedNsf } from "@/db/seed/referentiels";
import { listNsf, nsfListSpec } from "@/lib/nsf/queries";
import { parseListParams } from "@/lib/table/list-params";
import { departementListSpec, getDepartement, listDepartementHistory, listDepartements } from "@/lib/territoires/queries";
import { updateUdCommuneSchema } from "@/lib/territoires/schemas";
import { updateUdCommune } from "@/lib/territoires/update-ud-commune";
import { createCommune, createScopeCast } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

/** The scope cast, the Gard with Nîmes as its UD commune, and a few communes around it. */
async function setup() {
  const cast = await createScopeCast(t.db);
  await createCommune(t.db, { code: "30189", nom: "Nîmes", departementCode: "30", postalCodes: ["30000", "30900"] });
  await createCommune(t.db, { code: "30028", nom: "Bagnols-sur-Cèze", departementCode: "30", postalCodes: ["30200"] });
  await createCommune(t.db, { code: "34172", nom: "Montpellier", departementCode: "34", postalCodes: ["34000"] });
  await createCommune(t.db, { code: "30999", nom: "Ancienne", departementCode: "30", validTo: "2016-01-01", endReason: "fusion", successorCode: "30028" });
  await createCommune(t.db, { code: "30998", nom: "Déléguée", departementCode: "30", kind: "deleguee", parentCode: "30028" });
  await t.db.update(departements).set({ udCommuneCode: "30189", udCommuneNom: "Nîmes" }).where(eq(departements.code, "30"));
  return cast;
}
const change = (communeCode: string, version = 1, reason?: string) => updateUdCommuneSchema.parse({ departementCode: "30", communeCode, version, reason });
const gard = async () => (await t.db.select().from(departements).where(eq(departements.code, "30")))[0]!;

describe("commune de l'UD (lieu de délivrance des parchemins)", () => {
  test("un utilisateur national la change : nouvelle version, événement d'audit avec l'avant, l'après et le motif", async () => {
    const cast = await setup();
    const result = await updateUdCommune(cast.national, change("30028", 1, "Déménagement de l'UD"), t.db);
    expect(result).toEqual({ ok: true, data: { code: "30" } });
    expect(await gard()).toMatchObject({ udCommuneCode: "30028", udCommuneNom: "Bagnols-sur-Cèze", version: 2 });
    const history = await listDepartementHistory(cast.ud30, "30", t.db);
    expect(history?.events).toHaveLength(1);
    expect(history?.events[0]).toMatchObject({
      action: "departement.commune_ud_modifiee",
      actorLabel: "Nadia NATIONALE",
      before: { udCommuneCode: "30189", udCommuneNom: "Nîmes" },
      after: { udCommuneCode: "30028", udCommuneNom: "Bagnols-sur-Cèze" },
      reason: "Déménagement de l'UD",
    });
    expect((await getDepartement(cast.centreUser, "30", t.db))?.udCommuneLabel).toBe("Bagnols-sur-Cèze (30200) — Gard");
  });

  test.each(["occitanie", "ud30", "ud34", "auvergne", "centreUser"] as const)("%s ne peut pas la changer : rien n'est écrit", async (who) => {
    const cast = await setup();
    const result = await updateUdCommune(cast[who], change("30028"), t.db);
    expect(result).toMatchObject({ ok: false, message: "Seule l'administration centrale (DGEFP) peut modifier la commune d'une UD." });
    expect(await gard()).toMatchObject({ udCommuneCode: "30189", version: 1 });
    expect(await t.db.select().from(auditEvents)).toEqual([]);
  });

  test.each([
    ["34172", "Choisissez une commune du département (Gard)."],
    ["30999", "Choisissez une commune qui existe aujourd'hui (pas une commune déléguée ni un arrondissement)."],
    ["30998", "Choisissez une commune qui existe aujourd'hui (pas une commune déléguée ni un arrondissement)."],
    ["30189", "C'est déjà la commune de cette UD."],
  ])("refuse %s : %s", async (code, message) => {
    const cast = await setup();
    expect(await updateUdCommune(cast.national, change(code), t.db)).toMatchObject({ ok: false, fieldErrors: { communeCode: [message] } });
    expect((await gard()).version).toBe(1);
  });

  test("deux changements de la même version : le second est refusé, rien n'est perdu en silence", async () => {
    const cast = await setup();
    const results = await Promise.all([updateUdCommune(cast.national, change("30028"), t.db), updateUdCommune(cast.national, change("30028"), t.db)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: expect.stringContaining("modifiée par quelqu'un d'autre") });
    expect((await gard()).version).toBe(2);
    expect(await t.db.select().from(auditEvents)).toHaveLength(1);
  });

  test("une version périmée est refusée", async () => {
    const cast = await setup();
    expect(await updateUdCommune(cast.national, change("30028", 7), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("Rechargez la page") });
  });

  test("un département inconnu est introuvable", async () => {
    const cast = await setup();
    const input = updateUdCommuneSchema.parse({ departementCode: "99", communeCode: "30028", version: 1 });
    expect(await updateUdCommune(cast.national, input, t.db)).toMatchObject({ ok: false, message: "Ce département est introuvable." });
    expect(await getDepartement(cast.national, "99", t.db)).toBeNull();
    expect(await listDepartementHistory(cast.national, "2C", t.db)).toBeNull();
  });
});

describe("liste des départements", () => {
  const params = (query: Record<string, string> = {}) => parseListParams(query, departementListSpec);

  test.each(["national", "occitanie", "ud30", "centreUser"] as const)("%s lit les 101 départements, triés par code (2A et 2B à la place de 20)", async (who) => {
    const cast = await setup();
    const { rows, total } = await listDepartements(cast[who], { ...params(), pageSize: 100 }, t.db);
    expect(total).toBe(101);
    const codes = rows.map((r) => r.code);
    expect(codes.slice(18, 22)).toEqual(["19", "2A", "2B", "21"]);
    expect(rows.find((r) => r.code === "30")).toMatchObject({ nom: "Gard", regionNom: "Occitanie", udNom: "UD du Gard", udCommuneNom: "Nîmes" });
  });

  test("filtre par région et par texte (nom, code ou commune de l'UD, sans accents)", async () => {
    const cast = await setup();
    expect((await listDepartements(cast.national, params({ region: "94" }), t.db)).rows.map((r) => r.code)).toEqual(["2A", "2B"]);
    expect((await listDepartements(cast.national, params({ q: "nimes" }), t.db)).rows.map((r) => r.code)).toEqual(["30"]);
    expect((await listDepartements(cast.national, params({ q: "herault" }), t.db)).rows.map((r) => r.code)).toEqual(["34"]);
  });
});

describe("nomenclature NSF", () => {
  const params = (query: Record<string, string> = {}) => parseListParams(query, nsfListSpec);

  test("filtre par niveau et par code ou libellé, trie les codes dans l'ordre de la nomenclature", async () => {
    await t.db.transaction((tx) => seedNsf(tx));
    const all = await listNsf(params(), t.db);
    expect(all.total).toBe(497);
    expect(all.rows.slice(0, 2).map((r) => r.code)).toEqual(["1", "2"]);
    const groupes = await listNsf(params({ niveau: "groupe" }), t.db);
    expect(groupes.total).toBe(93);
    const services = await listNsf(params({ q: "330t" }), t.db);
    expect(services.rows).toEqual([expect.objectContaining({ code: "330t", niveau: "sous_groupe", parentCode: "330" })]);
    const byLabel = await listNsf(params({ q: "specialites plurivalentes sanitaires" }), t.db);
    expect(byLabel.rows.map((r) => r.code)).toContain("330");
    const reversed = await listNsf({ ...params({ tri: "code", ordre: "desc" }), pageSize: 100 }, t.db);
    expect(reversed.rows[0]!.code).toMatch(/^[a-z]$/);
  });
});
