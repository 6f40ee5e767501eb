import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, livrets, parchemins, rectifications, resultatCcps, resultats } from "@/db/schema";
import { rectifierResultat, type RectifierResultatData } from "@/lib/resultats/rectifier-resultat";
import { validerSession } from "@/lib/resultats/valider-session";
import { sessionTransmise } from "../fixtures/validation";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const NOW = new Date("2027-03-20T09:30:00Z");
const LATER = new Date("2027-04-02T08:00:00Z");

async function sessionValidee() {
  const s = await sessionTransmise(t.db);
  const validated = await validerSession(s.ud30, s.session, t.db, NOW);
  if (!validated.ok) throw new Error(validated.message);
  const [c1, c2, c3] = s.ccps.map((c) => c.id) as [string, string, string];
  return { ...s, c: { c1, c2, c3 } };
}

type S = Awaited<ReturnType<typeof sessionValidee>>;
const rectif = (s: S, inscriptionId: string, values: Omit<RectifierResultatData, "inscriptionId" | "version">, version = 1) => ({ inscriptionId, version, ...values });

describe("rectification d'un résultat validé", () => {
  test("un titre retiré : résultat réécrit, ligne de rectification (avant/après), parchemin annulé avec le motif, historique de la session et du candidat", async () => {
    const s = await sessionValidee();
    const motif = "Erreur de report du CCP 3 sur le PV";
    const result = await rectifierResultat(
      s.ud30,
      rectif(s, s.ids.nguyen, { decision: "partiel", issues: { [s.c.c1]: "acquis", [s.c.c2]: "acquis", [s.c.c3]: "non_acquis" }, motif }),
      t.db,
      LATER,
    );
    expect(result).toEqual({ ok: true, data: { parcheminAnnule: true, parcheminDelivre: false, livretDelivre: true } });

    const [row] = await t.db.select({ decision: resultats.decision, version: resultats.version }).from(resultats).where(eq(resultats.inscriptionId, s.ids.nguyen));
    expect(row).toEqual({ decision: "partiel", version: 2 });
    expect(await t.db.select({ ccpId: resultatCcps.ccpId, issue: resultatCcps.issue }).from(resultatCcps).where(eq(resultatCcps.inscriptionId, s.ids.nguyen))).toHaveLength(3);
    const [trail] = await t.db.select().from(rectifications).where(eq(rectifications.inscriptionId, s.ids.nguyen));
    expect(trail).toMatchObject({
      motif,
      rectifiePar: s.ud30.id,
      avant: { decision: "titre_obtenu", ccps: { [s.c.c1]: "acquis", [s.c.c2]: "acquis", [s.c.c3]: "acquis" } },
      apres: { decision: "partiel", ccps: { [s.c.c1]: "acquis", [s.c.c2]: "acquis", [s.c.c3]: "non_acquis" } },
    });
    const [parchemin] = await t.db.select().from(parchemins).where(eq(parchemins.inscriptionId, s.ids.nguyen));
    expect(parchemin).toMatchObject({ statut: "annule", annuleAt: LATER, annulePar: s.ud30.id, motifAnnulation: `Rectification : ${motif}` });
    expect(parchemin!.numero).not.toBeNull();
    expect(await t.db.select({ delivreLe: livrets.delivreLe }).from(livrets).where(eq(livrets.inscriptionId, s.ids.nguyen))).toEqual([{ delivreLe: "2027-04-02" }]);

    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "resultat.rectifie"));
    expect(events.map((e) => [e.entityType, e.entityId]).sort()).toEqual([["candidat", s.candidatIds[0]], ["session", s.session.id]].sort());
    expect(events[0]).toMatchObject({ reason: motif, before: { decision: "Titre obtenu" }, after: { decision: "Partiel", candidat: "NGUYỄN Thị Lan", parcheminAnnule: true } });
  });

  test("un titre accordé : un parchemin est délivré et numéroté", async () => {
    const s = await sessionValidee();
    const result = await rectifierResultat(
      s.occitanie,
      rectif(s, s.ids.orsted, { decision: "titre_obtenu", issues: { [s.c.c1]: "acquis", [s.c.c2]: "acquis", [s.c.c3]: "acquis" }, motif: "Le jury avait acquis les CCP 2 et 3" }),
      t.db,
      LATER,
    );
    expect(result).toEqual({ ok: true, data: { parcheminAnnule: false, parcheminDelivre: true, livretDelivre: false } });
    const [parchemin] = await t.db.select().from(parchemins).where(eq(parchemins.inscriptionId, s.ids.orsted));
    expect(parchemin).toMatchObject({ statut: "valide", delivreLe: "2027-04-02", lieuDelivranceNom: "Nîmes", nsfCode: "330t" });
    expect(parchemin!.numero).toMatch(/^[0-9A-HJKMNP-TV-Z]{11}$/);
  });

  test("un titre retiré puis rendu : l'ancien parchemin reste annulé (son numéro n'est jamais réutilisé), un nouveau est délivré", async () => {
    const s = await sessionValidee();
    const tous = { [s.c.c1]: "acquis", [s.c.c2]: "acquis", [s.c.c3]: "acquis" } as const;
    expect((await rectifierResultat(s.national, rectif(s, s.ids.zoe, { decision: "ajourne", issues: { [s.c.c1]: "non_acquis", [s.c.c2]: "non_acquis", [s.c.c3]: "non_acquis" }, motif: "Erreur de ligne" }), t.db, LATER)).ok).toBe(true);
    expect((await rectifierResultat(s.national, rectif(s, s.ids.zoe, { decision: "titre_obtenu", issues: tous, motif: "Retour à la décision du jury" }, 2), t.db, LATER)).ok).toBe(true);
    const rows = await t.db.select({ statut: parchemins.statut, numero: parchemins.numero }).from(parchemins).where(eq(parchemins.inscriptionId, s.ids.zoe));
    expect(rows.map((r) => r.statut).sort()).toEqual(["annule", "valide"]);
    expect(new Set(rows.map((r) => r.numero)).size).toBe(2);
    expect(await t.db.select().from(rectifications).where(eq(rectifications.inscriptionId, s.ids.zoe))).toHaveLength(2);
  });

  test("R10 est vérifiée : « titre obtenu » avec un CCP non acquis est refusé, et rien ne change", async () => {
    const s = await sessionValidee();
    const result = await rectifierResultat(s.ud30, rectif(s, s.ids.lukasz, { decision: "titre_obtenu", issues: { [s.c.c1]: "acquis", [s.c.c2]: "non_acquis", [s.c.c3]: "acquis" }, motif: "Essai" }), t.db, LATER);
    expect(result).toMatchObject({ ok: false, message: "Titre obtenu impossible : le CCP 2 n'est pas acquis.", fieldErrors: { decision: ["Titre obtenu impossible : le CCP 2 n'est pas acquis."] } });
    expect(await t.db.select().from(rectifications)).toHaveLength(0);
    expect(await t.db.select().from(parchemins).where(eq(parchemins.inscriptionId, s.ids.lukasz))).toHaveLength(0);
    const [row] = await t.db.select({ decision: resultats.decision, version: resultats.version }).from(resultats).where(eq(resultats.inscriptionId, s.ids.lukasz));
    expect(row).toEqual({ decision: "ajourne", version: 1 });
  });

  test("un motif vide, une version périmée, ou rien de changé sont refusés", async () => {
    const s = await sessionValidee();
    const { rectifierResultatSchema } = await import("@/lib/resultats/rectifier-resultat");
    const parsed = rectifierResultatSchema.safeParse({ inscriptionId: s.ids.orsted, version: 1, decision: "partiel", issues: {}, motif: "   " });
    expect(parsed.success).toBe(false);
    const same = { [s.c.c1]: "acquis", [s.c.c2]: "non_acquis", [s.c.c3]: "non_acquis" } as const;
    expect(await rectifierResultat(s.ud30, rectif(s, s.ids.orsted, { decision: "partiel", issues: same, motif: "Rien" }), t.db, LATER)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Rien n'a changé"),
    });
    expect(await rectifierResultat(s.ud30, rectif(s, s.ids.orsted, { decision: "ajourne", issues: { ...same, [s.c.c1]: "non_acquis" }, motif: "Périmée" }, 7), t.db, LATER)).toMatchObject({ ok: false, code: "conflit_version" });
  });

  test("une session qui n'est pas validée ne se rectifie pas", async () => {
    const s = await sessionTransmise(t.db);
    const [c1, c2, c3] = s.ccps.map((c) => c.id) as [string, string, string];
    expect(await rectifierResultat(s.ud30, { inscriptionId: s.ids.orsted, version: 1, decision: "ajourne", issues: { [c1]: "non_acquis", [c2]: "non_acquis", [c3]: "non_acquis" }, motif: "Trop tôt" }, t.db, LATER)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Seuls les résultats d'une session validée se rectifient"),
    });
  });
});

describe("qui peut rectifier (R9)", () => {
  const ajourne = (s: S) => ({ decision: "ajourne" as const, issues: { [s.c.c1]: "non_acquis" as const, [s.c.c2]: "non_acquis" as const, [s.c.c3]: "non_acquis" as const }, motif: "Erreur de saisie" });

  test.each(["ud34", "auvergne"] as const)("%s ne trouve pas le résultat d'une session du Gard", async (who) => {
    const s = await sessionValidee();
    expect(await rectifierResultat(s[who], rectif(s, s.ids.orsted, ajourne(s)), t.db, LATER)).toMatchObject({ ok: false, code: "introuvable" });
    expect(await t.db.select().from(rectifications)).toHaveLength(0);
  });

  test("le centre ne rectifie pas", async () => {
    const s = await sessionValidee();
    expect(await rectifierResultat(s.centreUser, rectif(s, s.ids.orsted, ajourne(s)), t.db, LATER)).toMatchObject({ ok: false, code: "interdit" });
  });

  test.each(["ud30", "occitanie", "national"] as const)("%s rectifie", async (who) => {
    const s = await sessionValidee();
    expect((await rectifierResultat(s[who], rectif(s, s.ids.orsted, ajourne(s)), t.db, LATER)).ok).toBe(true);
    expect(await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "resultat.rectifie"), eq(auditEvents.actorId, s[who].id)))).toHaveLength(2);
  });
});
