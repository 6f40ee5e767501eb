import { count, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { candidats, inscriptions } from "@/db/schema";
import { applyCandidatsImport, previewCandidatsImport } from "@/lib/candidats/import/session-import";
import { createScopeCast, createSite, createTitreVersion, seedSomeCommunes } from "../fixtures/factories";
import { createCandidatRow } from "../fixtures/candidats";
import { createAgrementRow, createSessionRow } from "../fixtures/sessions";
import { windows1252 } from "../fixtures/windows-1252";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

const HEADER = "civilite;nom_naissance;nom_usage;prenoms;date_naissance;commune_naissance_code;pays_naissance_code;ville_naissance;email;parcours";

async function setup() {
  const cast = await createScopeCast(t.db);
  await seedSomeCommunes(t.db);
  const { version } = await createTitreVersion(t.db);
  const site = await createSite(t.db, cast.centreGard.id);
  const agrement = await createAgrementRow(t.db, { centreId: cast.centreGard.id, siteId: site.id, titreVersionId: version.id });
  const session = await createSessionRow(t.db, { centreId: cast.centreGard.id, siteId: site.id, titreVersionId: version.id, agrementId: agrement.id, dateDebut: "2027-03-10", capacite: 4 });
  return { cast, session };
}

describe("import des candidats d'une session (R5 sur chaque ligne)", () => {
  test("simulation puis application : fiche réutilisée (masquée), nouvelle, proche à vérifier, rejets motivés ; fichier Windows-1252", async () => {
    const { cast, session } = await setup();
    const connue = await createCandidatRow(t.db, { nomNaissance: "LEFÈVRE", prenoms: "Sophie Anne", createdByCentreId: cast.centreHerault.id });
    await createCandidatRow(t.db, { nomNaissance: "DUPONT", prenoms: "Marie", dateNaissance: "1985-07-01" });
    const text = [
      HEADER,
      "Mme;Lefevre;;Sophie, Anne;12/03/1990;30189;;;;VAE",
      "M;Œuvray;;Jérôme;01/01/1980;30189;;;jerome@exemple.fr;formation continue",
      "Mme;Dupond;;Marie;01/07/1985;30189;;;;apprentissage",
      "Mme;Ørsted;;Ånna;31/02/1990;30189;;;;vae",
      "M;ŒUVRAY;;jérôme;01/01/1980;30189;;;;vae",
      "Mme;Nguyễn;;Lan;05/05/1995;;99999;Hà Nội;;stage",
    ].join("\r\n");
    const bytes = windows1252(text.replace("Nguyễn", "Nguyen").replace("Hà Nội", "Ha Noi"));
    const preview = await previewCandidatsImport(cast.centreUser, session.id, bytes, t.db);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.encoding).toBe("Windows-1252");
    const byLine = Object.fromEntries(preview.data.outcomes.map((o) => [o.line, o]));
    expect(byLine[2]).toMatchObject({ action: "reprise", identite: "LEFÈVRE S*** A***, née le 12/03/1990 à Nîmes" });
    expect(byLine[3]).toMatchObject({ action: "creation", identite: "ŒUVRAY Jérôme, né le 01/01/1980 à Nîmes", parcours: "Formation continue" });
    expect(byLine[4]!.action).toBe("a_verifier");
    expect(byLine[4]!.warnings[0]).toContain("DUPONT M***");
    expect(byLine[5]!.action).toBe("rejet");
    expect(byLine[5]!.reasons.join(" ")).toContain("JJ/MM/AAAA");
    expect(byLine[6]).toMatchObject({ action: "rejet", reasons: ["Même personne que la ligne 3 du fichier."] });
    expect(byLine[7]!.reasons.join(" ")).toContain("Parcours inconnu « stage »");
    expect(preview.data.summary).toMatchObject({ reprise: 1, creation: 1, a_verifier: 1, rejet: 3, total: 6 });
    expect((await t.db.select({ n: count() }).from(inscriptions))[0]!.n).toBe(0);

    const applied = await applyCandidatsImport(cast.centreUser, session.id, bytes, preview.data.digest, t.db);
    expect(applied).toMatchObject({ ok: true });
    const inscrits = await t.db.select({ candidatId: inscriptions.candidatId, parcours: inscriptions.parcours }).from(inscriptions).where(eq(inscriptions.sessionId, session.id));
    expect(inscrits).toHaveLength(2);
    expect(inscrits).toContainEqual({ candidatId: connue.id, parcours: "vae" });
    expect((await t.db.select({ n: count() }).from(candidats))[0]!.n).toBe(3);

    // Le même fichier une seconde fois : rien de plus, les deux personnes sont déjà inscrites.
    const again = await previewCandidatsImport(cast.centreUser, session.id, bytes, t.db);
    expect(again.ok && again.data.summary).toMatchObject({ reprise: 0, creation: 0, inchange: 2 });
    expect(await applyCandidatsImport(cast.centreUser, session.id, bytes, preview.data.digest, t.db)).toMatchObject({ ok: false, code: "refuse" });
  });

  test("une session hors périmètre est introuvable", async () => {
    const { cast, session } = await setup();
    const bytes = new TextEncoder().encode(`${HEADER}\nMme;Martin;;Sophie;12/03/1990;30189;;;;vae`);
    expect(await previewCandidatsImport(cast.ud34, session.id, bytes, t.db)).toMatchObject({ ok: false, code: "introuvable" });
  });
});
