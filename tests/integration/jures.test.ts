import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { communes, habilitationPeriodes, jures, pays } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { addPeriode } from "@/lib/jures/add-periode";
import { createHabilitation } from "@/lib/jures/create-habilitation";
import { createJure } from "@/lib/jures/create-jure";
import { extendPeriode } from "@/lib/jures/extend-periode";
import { getHabilitationForUser, getJureForUser, listLiensOfJure } from "@/lib/jures/queries";
import { saveLien } from "@/lib/jures/save-lien";
import { extensionSchema, habilitationSchema, jureSchema, lienSchema, periodeSchema, updateJureSchema } from "@/lib/jures/schemas";
import { updateCompetences } from "@/lib/jures/update-competences";
import { updateJure } from "@/lib/jures/update-jure";
import { normalizeName } from "@/lib/text/normalize";
import { createScopeCast, createTitreVersion, seedSomeCommunes } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const FDV = "2024-06-30";

async function setup() {
  const cast = await createScopeCast(t.db);
  await seedSomeCommunes(t.db);
  // Cambo (Gard) merged in 1969: a birth commune that no longer exists.
  await t.db.insert(communes).values({ code: "30063", nom: "Cambo", kind: "commune", departementCode: "30", regionCode: "76", validFrom: "1943-01-01", validTo: "1969-01-01", successorCode: "30058", searchName: normalizeName("Cambo") });
  await t.db.insert(pays).values({ code: "MA", nom: "Maroc", searchName: "maroc" });
  const { version } = await createTitreVersion(t.db, { finDeVie: FDV, code: "TP-00391" });
  return { cast, version };
}

const saisie = (over: Record<string, unknown> = {}) => ({
  civilite: "Madame",
  nomNaissance: "Fontaine",
  prenoms: "Martine",
  dateNaissance: "1965-04-12",
  lieuNaissance: "france",
  naissanceCommuneCode: "30063",
  residenceCommuneCode: "30028",
  email: "m.fontaine@exemple.fr",
  ...over,
});
const jure = (over: Record<string, unknown> = {}) => jureSchema.parse(saisie(over));

describe("fiche d'un juré", () => {
  test("un agent d'UD crée un juré né dans une commune qui n'existe plus, nommée comme à la date de naissance", async () => {
    const { cast } = await setup();
    const result = await createJure(cast.ud30, jure(), t.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await getJureForUser(cast.ud30, result.data.id, t.db)).toMatchObject({
      nomNaissance: "FONTAINE",
      naissanceCommuneCode: "30063",
      naissanceCommuneNom: "Cambo",
      residenceCommuneNom: "Bagnols-sur-Cèze",
      residenceDepartementCode: "30",
    });
    expect((await listAuditEventsOfEntity("jure", result.data.id, t.db))[0]).toMatchObject({ action: "jure.cree", actorLabel: "Delphine GARDOISE" });
  });

  test("refuse une commune de naissance qui ne portait pas ce code à la date de naissance", async () => {
    const { cast } = await setup();
    const result = await createJure(cast.ud30, jure({ dateNaissance: "1970-02-01" }), t.db);
    expect(result).toMatchObject({ ok: false, fieldErrors: { naissanceCommuneCode: [expect.stringContaining("le 01/02/1970")] } });
  });

  test("une naissance à l'étranger enregistre un pays et une ville", async () => {
    const { cast } = await setup();
    const result = await createJure(cast.occitanie, jure({ lieuNaissance: "etranger", naissanceCommuneCode: "", naissancePaysCode: "MA", naissanceVille: "Casablanca" }), t.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await getJureForUser(cast.occitanie, result.data.id, t.db)).toMatchObject({ naissanceCommuneCode: null, naissancePaysNom: "Maroc", naissanceVille: "Casablanca" });
  });

  test("un agent d'UD ne crée pas de juré résidant hors de son département, un centre n'en crée pas", async () => {
    const { cast } = await setup();
    expect(await createJure(cast.ud30, jure({ residenceCommuneCode: "34172" }), t.db)).toMatchObject({ ok: false, fieldErrors: { residenceCommuneCode: [expect.stringContaining("hors de votre périmètre")] } });
    expect((await createJure(cast.centreUser, jure(), t.db)).ok).toBe(false);
    expect(await t.db.$count(jures)).toBe(0);
  });

  test("la même personne (accents, casse et tirets ignorés) n'est pas enregistrée deux fois", async () => {
    const { cast } = await setup();
    expect((await createJure(cast.ud30, jure({ nomNaissance: "Le-Gall", prenoms: "Anne Hélène" }), t.db)).ok).toBe(true);
    const again = await createJure(cast.occitanie, jure({ nomNaissance: "LE GALL", prenoms: "anne-helene" }), t.db);
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("déjà enregistré") });
  });

  test("la modification vérifie la version lue et garde l'historique des champs changés", async () => {
    const { cast } = await setup();
    const created = await createJure(cast.ud30, jure(), t.db);
    if (!created.ok) throw new Error(created.message);
    const input = { ...saisie({ telephone: "04 66 11 22 33", nomUsage: "Durand" }), id: created.data.id, version: 1 };
    expect((await updateJure(cast.ud30, updateJureSchema.parse(input), t.db)).ok).toBe(true);
    expect(await updateJure(cast.ud30, updateJureSchema.parse(input), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("modifié par quelqu'un d'autre") });
    const [event] = await listAuditEventsOfEntity("jure", created.data.id, t.db);
    expect(event).toMatchObject({ action: "jure.modifie", before: { telephone: null, nomUsage: null }, after: { telephone: "04 66 11 22 33", nomUsage: "DURAND" } });
    expect(await updateJure(cast.ud34, updateJureSchema.parse({ ...input, version: 2 }), t.db)).toMatchObject({ ok: false, message: "Ce juré est introuvable." });
  });

  test("un lien déclaré avec un centre est enregistré et tracé", async () => {
    const { cast } = await setup();
    const created = await createJure(cast.ud30, jure(), t.db);
    if (!created.ok) throw new Error(created.message);
    const lien = lienSchema.parse({ jureId: created.data.id, jureVersion: 1, centreSiret: "530 600 766 00022", type: "formateur", dateDebut: "2022-09-01" });
    expect((await saveLien(cast.ud30, lien, t.db)).ok).toBe(true);
    expect(await listLiensOfJure(created.data.id, t.db)).toMatchObject([{ type: "formateur", centreNom: "16 30 FORMATION", dateFin: null }]);
    expect((await listAuditEventsOfEntity("jure", created.data.id, t.db))[0]).toMatchObject({ action: "jure.lien_ajoute" });
  });
});

describe("habilitation et périodes", () => {
  async function habilitation(competences: Record<string, unknown> = {}) {
    const { cast, version } = await setup();
    const created = await createJure(cast.ud30, jure(), t.db);
    if (!created.ok) throw new Error(created.message);
    const data = habilitationSchema.parse({ jureId: created.data.id, titreVersionId: version.id, dateDebutEmploi: "1998-12-31", dateDerniereOccupation: "2015-11-18", ...competences });
    const result = await createHabilitation(cast.ud30, data, t.db);
    if (!result.ok) throw new Error(result.message);
    return { cast, id: result.data.id };
  }
  const periode = (id: string, version: number, over: Record<string, unknown> = {}) =>
    periodeSchema.parse({ habilitationId: id, version, dateDebut: "2015-11-18", dateFin: "2020-11-18", ...over });

  test("sans date de professionnalisation, la période est refusée avec la raison", async () => {
    const { cast, id } = await habilitation();
    const result = await addPeriode(cast.ud30, periode(id, 1), t.db);
    expect(result).toMatchObject({ ok: false, fieldErrors: { derogation: [expect.stringContaining("Date de professionnalisation à saisir")] } });
    expect(await t.db.$count(habilitationPeriodes)).toBe(0);
  });

  test("avec une justification, la période est acceptée par dérogation, stockée et tracée", async () => {
    const { cast, id } = await habilitation();
    const motif = "A suivi la formation membre de jury le 25/11/2015";
    expect((await addPeriode(cast.ud30, periode(id, 1, { derogation: motif }), t.db)).ok).toBe(true);
    const detail = await getHabilitationForUser(cast.ud30, id, t.db);
    expect(detail?.status.periodes).toMatchObject([{ debut: "2015-11-18", fin: "2020-11-18", derogationMotif: motif, derogationCriteres: ["professionnalisation"] }]);
    expect((await listAuditEventsOfEntity("habilitation", id, t.db))[0]).toMatchObject({ action: "habilitation.periode_ajoutee", reason: motif });
  });

  test("une période jusqu'à la fin de vie est prolongée de 24 mois à l'affichage, sans réécriture", async () => {
    const { cast, id } = await habilitation({ dateProfessionnalisation: "2015-10-01", dateDerniereOccupation: "2020-06-01" });
    expect((await addPeriode(cast.ud30, periode(id, 1, { dateDebut: "2020-07-01", dateFin: FDV }), t.db)).ok).toBe(true);
    const detail = await getHabilitationForUser(cast.ud30, id, t.db);
    expect(detail?.status).toMatchObject({ finEnregistree: FDV, finProlongee: "2026-06-30" });
    const [stored] = await t.db.select({ fin: habilitationPeriodes.dateFin }).from(habilitationPeriodes).where(eq(habilitationPeriodes.habilitationId, id));
    expect(stored?.fin).toBe(FDV);
  });

  test("refuse une période après la fin de vie, une période qui en chevauche une autre, une version périmée", async () => {
    const { cast, id } = await habilitation({ dateProfessionnalisation: "2015-10-01" });
    expect(await addPeriode(cast.ud30, periode(id, 1, { dateFin: "2024-07-01" }), t.db)).toMatchObject({ ok: false, fieldErrors: { dateFin: [expect.stringContaining("30/06/2024")] } });
    expect((await addPeriode(cast.ud30, periode(id, 1), t.db)).ok).toBe(true);
    expect(await addPeriode(cast.ud30, periode(id, 2, { dateDebut: "2020-11-18", dateFin: "2021-01-01" }), t.db)).toMatchObject({ ok: false, fieldErrors: { dateDebut: [expect.stringContaining("chevauche")] } });
    expect(await addPeriode(cast.ud30, periode(id, 1, { dateDebut: "2021-01-01", dateFin: "2021-02-01" }), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("modifiée par quelqu'un d'autre") });
  });

  test("l'extension d'une période vérifie les critères au lendemain de la fin actuelle", async () => {
    const { cast, id } = await habilitation({ dateProfessionnalisation: "2015-10-01" });
    expect((await addPeriode(cast.ud30, periode(id, 1), t.db)).ok).toBe(true);
    const [p] = await t.db.select({ id: habilitationPeriodes.id }).from(habilitationPeriodes);
    const extension = (over: Record<string, unknown>) => extensionSchema.parse({ habilitationId: id, version: 2, periodeId: p!.id, dateFin: "2024-06-30", ...over });
    // Last known job on 18/11/2015: on 19/11/2020 the juror has been out of it for more than 5 years.
    expect(await extendPeriode(cast.ud30, extension({}), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("Plus de 5 ans hors de l'emploi au 19/11/2020") });
    expect((await extendPeriode(cast.ud30, extension({ derogation: "Reprise d'activité attestée par l'employeur" }), t.db)).ok).toBe(true);
    expect((await getHabilitationForUser(cast.ud30, id, t.db))?.status).toMatchObject({ finEnregistree: FDV, finProlongee: "2026-06-30" });
    const [event] = await listAuditEventsOfEntity("habilitation", id, t.db);
    expect(event).toMatchObject({ action: "habilitation.periode_prolongee", before: { dateFin: "2020-11-18" }, after: { dateFin: FDV }, reason: "Reprise d'activité attestée par l'employeur" });
  });

  test("les compétences se modifient avec leur version ; une habilitation hors périmètre est introuvable", async () => {
    const { cast, id } = await habilitation();
    const data = { id, version: 1, dateDebutEmploi: "1998-12-31", dateDerniereOccupation: "2015-11-18", dateProfessionnalisation: "2015-11-25", commentaires: "A suivi la formation" };
    expect((await updateCompetences(cast.ud30, data as never, t.db)).ok).toBe(true);
    expect(await getHabilitationForUser(cast.ud30, id, t.db)).toMatchObject({ dateProfessionnalisation: "2015-11-25", version: 2 });
    expect(await getHabilitationForUser(cast.ud34, id, t.db)).toBeNull();
    expect(await getHabilitationForUser(cast.centreUser, id, t.db)).toBeNull();
    expect((await updateCompetences(cast.auvergne, { ...data, version: 2 } as never, t.db)).ok).toBe(false);
  });
});
