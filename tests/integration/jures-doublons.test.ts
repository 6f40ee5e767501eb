import { describe, expect, test } from "vitest";
import { communes } from "@/db/schema";
import { createJure } from "@/lib/jures/create-jure";
import { jureSchema, updateJureSchema } from "@/lib/jures/schemas";
import { updateJure } from "@/lib/jures/update-jure";
import { normalizeName } from "@/lib/text/normalize";
import { createScopeCast, seedSomeCommunes } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

async function setup() {
  const cast = await createScopeCast(t.db);
  await seedSomeCommunes(t.db);
  await t.db.insert(communes).values({ code: "30063", nom: "Cambo", kind: "commune", departementCode: "30", regionCode: "76", validFrom: "1943-01-01", validTo: "1969-01-01", successorCode: "30058", searchName: normalizeName("Cambo") });
  return cast;
}

const saisie = (over: Record<string, unknown> = {}) => ({
  civilite: "Madame",
  nomNaissance: "Nguyễn",
  prenoms: "Thị Hoa",
  dateNaissance: "1968-02-29",
  lieuNaissance: "france",
  naissanceCommuneCode: "30063",
  residenceCommuneCode: "30189",
  ...over,
});
const jure = (over: Record<string, unknown> = {}) => jureSchema.parse(saisie(over));

/** Nothing in the refusal may tell that this person is a juror somewhere else. */
function expectNeutral(result: Awaited<ReturnType<typeof createJure>>) {
  expect(result.ok).toBe(false);
  const text = JSON.stringify(result);
  for (const revealing of ["déjà", "existe", "enregistré avec", "Nguy", "Gard", "Occitanie"]) expect(text).not.toContain(revealing);
  expect(result).toMatchObject({ ok: false, message: "Ce juré ne peut pas être enregistré par votre service. Vérifiez la saisie ; si elle est juste, contactez l'administration centrale (DGEFP).", fieldErrors: { nomNaissance: [expect.any(String)] } });
}

describe("doublon d'identité d'un juré : rien n'est révélé hors du périmètre (§1.7)", () => {
  test("une DREETS d'une autre région qui saisit la même personne ne lit pas qu'elle est déjà jurée ailleurs", async () => {
    const cast = await setup();
    expect((await createJure(cast.ud30, jure(), t.db)).ok).toBe(true);
    expectNeutral(await createJure(cast.auvergne, jure({ nomNaissance: "NGUYEN", prenoms: "thi-hoa", residenceCommuneCode: "69381" }), t.db));
  });

  test("une UD voisine de la même région non plus", async () => {
    const cast = await setup();
    expect((await createJure(cast.ud30, jure(), t.db)).ok).toBe(true);
    expectNeutral(await createJure(cast.ud34, jure({ residenceCommuneCode: "34172" }), t.db));
  });

  test("en modifiant l'identité d'un juré de son périmètre vers celle d'un juré d'une autre région", async () => {
    const cast = await setup();
    expect((await createJure(cast.ud30, jure(), t.db)).ok).toBe(true);
    const lyonnaise = await createJure(cast.auvergne, jure({ nomNaissance: "Ørsted", prenoms: "Karen", residenceCommuneCode: "69381" }), t.db);
    if (!lyonnaise.ok) throw new Error(lyonnaise.message);
    expectNeutral(await updateJure(cast.auvergne, updateJureSchema.parse({ ...saisie({ residenceCommuneCode: "69381" }), id: lyonnaise.data.id, version: 1 }), t.db));
  });

  test("dans son périmètre, l'agent apprend que le juré est déjà enregistré et où le retrouver", async () => {
    const cast = await setup();
    expect((await createJure(cast.ud30, jure(), t.db)).ok).toBe(true);
    expect(await createJure(cast.occitanie, jure({ nomNaissance: "NGUYEN" }), t.db)).toMatchObject({
      ok: false,
      message: "Un juré de votre périmètre est déjà enregistré avec ces nom de naissance, prénoms et date de naissance : retrouvez-le dans la liste des jurés.",
    });
  });
});
