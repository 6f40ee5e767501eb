import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { habilitationPeriodes, habilitations, jureCentreLinks, jures, pays, titres, titreVersions, type LienType } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { normalizeName } from "@/lib/text/normalize";
import { count, type SeedCount } from "./territoires";

type DemoJure = {
  civilite: "Madame" | "Monsieur";
  nomNaissance: string;
  prenoms: string;
  dateNaissance: string;
  naissance: { communeCode: string; communeNom: string } | { paysCode: string; ville: string };
  residence: { code: string; nom: string; departementCode: string; regionCode: string };
  email: string;
  telephone: string;
  habilitations: DemoHabilitation[];
  lien?: { type: LienType; debut: string };
};

type DemoHabilitation = {
  titre: { code: string; millesime: string | null; dateVersion: string };
  competences: { dateDebutEmploi: string; dateDerniereOccupation: string; dateProfessionnalisation: string | null };
  commentaires: string | null;
  periodes: { debut: string; fin: string }[];
};

const ADVF_2011 = { code: "TP-00391", millesime: null, dateVersion: "2011-03-16" };
const ADVF_07 = { code: "TP-00391", millesime: "07", dateVersion: "2023-07-04" };
const BAGNOLS = { code: "30028", nom: "Bagnols-sur-Cèze", departementCode: "30", regionCode: "76" };

/**
 * Habilitated by the same decision for both ADVF versions: the 2023 one (the declared session of 16 30
 * FORMATION) and the 2011 one the results demo is held on — R4 wants the session's own version.
 */
function advfDeuxVersions(h: Omit<DemoHabilitation, "titre">): DemoHabilitation[] {
  return [
    { titre: ADVF_07, ...h },
    { titre: ADVF_2011, ...h },
  ];
}

type Naissance = Pick<DemoJure, "civilite" | "nomNaissance" | "prenoms" | "dateNaissance" | "naissance">;
type Coordonnees = Pick<DemoJure, "residence" | "email" | "telephone">;

/** A juror habilitated for both ADVF versions by one decision, for one period and with no comment. */
function habiliteDeuxVersions(naissance: Naissance, coordonnees: Coordonnees, competences: DemoHabilitation["competences"], periode: { debut: string; fin: string }): DemoJure {
  return { ...naissance, ...coordonnees, habilitations: advfDeuxVersions({ competences, commentaires: null, periodes: [periode] }) };
}

/**
 * The juror habilitation screen users know ("CERES ACCUEIL"), with a fictitious name and the dates of the
 * release notes, and a few jurors of Occitanie: one born in a commune that no longer exists (Cambo, merged
 * in 1969), one born abroad, one trainer of the demo centre (ineligible for its sessions).
 */
export const DEMO_JURES: DemoJure[] = [
  {
    civilite: "Madame",
    nomNaissance: "LAMBERT",
    prenoms: "Sylvie",
    dateNaissance: "1966-09-14",
    naissance: { communeCode: "30028", communeNom: "Bagnols-sur-Cèze" },
    residence: BAGNOLS,
    email: "sylvie.lambert@exemple.fr",
    telephone: "04 66 12 34 56",
    habilitations: [
      {
        titre: ADVF_2011,
        competences: { dateDebutEmploi: "1998-12-31", dateDerniereOccupation: "2015-11-18", dateProfessionnalisation: null },
        commentaires: "A suivi la formation membre de jury le 25/11/2015",
        periodes: [{ debut: "2015-11-18", fin: "2020-11-18" }],
      },
    ],
  },
  habiliteDeuxVersions(
    { civilite: "Monsieur", nomNaissance: "ROUX", prenoms: "Jean-Pierre", dateNaissance: "1962-03-05", naissance: { communeCode: "30063", communeNom: "Cambo" } },
    { residence: { code: "30189", nom: "Nîmes", departementCode: "30", regionCode: "76" }, email: "jp.roux@exemple.fr", telephone: "06 21 43 65 87" },
    { dateDebutEmploi: "2001-02-01", dateDerniereOccupation: "2023-06-30", dateProfessionnalisation: "2023-06-15" },
    { debut: "2023-09-01", fin: "2028-08-31" },
  ),
  habiliteDeuxVersions(
    { civilite: "Madame", nomNaissance: "BENALI", prenoms: "Nadia", dateNaissance: "1979-11-23", naissance: { paysCode: "MA", ville: "Casablanca" } },
    { residence: { code: "34172", nom: "Montpellier", departementCode: "34", regionCode: "76" }, email: "nadia.benali@exemple.fr", telephone: "06 98 76 54 32" },
    { dateDebutEmploi: "2008-09-01", dateDerniereOccupation: "2024-01-01", dateProfessionnalisation: "2023-12-05" },
    { debut: "2024-01-15", fin: "2029-01-14" },
  ),
  {
    civilite: "Monsieur",
    nomNaissance: "GARCIA",
    prenoms: "Thomas",
    dateNaissance: "1975-06-30",
    naissance: { communeCode: "31555", communeNom: "Toulouse" },
    residence: { code: "30007", nom: "Alès", departementCode: "30", regionCode: "76" },
    email: "thomas.garcia@exemple.fr",
    telephone: "06 55 44 33 22",
    habilitations: [
      {
        titre: ADVF_07,
        competences: { dateDebutEmploi: "2005-01-03", dateDerniereOccupation: "2023-08-31", dateProfessionnalisation: "2023-09-12" },
        commentaires: "Formateur au centre 16 30 FORMATION depuis septembre 2022.",
        periodes: [{ debut: "2023-10-01", fin: "2028-09-30" }],
      },
    ],
    lien: { type: "formateur", debut: "2022-09-01" },
  },
];

async function versionId(tx: DbOrTx, v: DemoHabilitation["titre"]) {
  const [row] = await tx
    .select({ id: titreVersions.id })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(and(eq(titres.code, v.code), eq(titreVersions.dateVersion, v.dateVersion), v.millesime ? eq(titreVersions.millesime, v.millesime) : isNull(titreVersions.millesime)));
  return row?.id ?? null;
}

/** Demo jurors, inserted once: running the seed again changes nothing. */
export async function seedDemoJures(tx: DbOrTx, centreId: string): Promise<SeedCount> {
  const results: { inserted: boolean }[] = [];
  for (const j of DEMO_JURES) {
    // Without the référentiel of countries (a seed of the demo rows alone), the juror born abroad waits.
    if ("paysCode" in j.naissance && !(await tx.select({ code: pays.code }).from(pays).where(eq(pays.code, j.naissance.paysCode))).length) continue;
    const naissance =
      "communeCode" in j.naissance
        ? { naissanceCommuneCode: j.naissance.communeCode, naissanceCommuneNom: j.naissance.communeNom }
        : { naissancePaysCode: j.naissance.paysCode, naissanceVille: j.naissance.ville };
    const inserted = await tx
      .insert(jures)
      .values({
        civilite: j.civilite,
        nomNaissance: j.nomNaissance,
        prenoms: j.prenoms,
        dateNaissance: j.dateNaissance,
        ...naissance,
        residenceCommuneCode: j.residence.code,
        residenceCommuneNom: j.residence.nom,
        residenceDepartementCode: j.residence.departementCode,
        residenceRegionCode: j.residence.regionCode,
        email: j.email,
        telephone: j.telephone,
        nomNaissanceNormalise: normalizeName(j.nomNaissance),
        prenomsNormalises: normalizeName(j.prenoms),
        nomRecherche: normalizeName(`${j.nomNaissance} ${j.prenoms}`),
      })
      .onConflictDoNothing()
      .returning({ id: jures.id });
    results.push({ inserted: inserted.length > 0 });
    if (!inserted[0]) continue;
    const jureId = inserted[0].id;
    if (j.lien) await tx.insert(jureCentreLinks).values({ jureId, centreId, type: j.lien.type, dateDebut: j.lien.debut });
    for (const h of j.habilitations) {
      const version = await versionId(tx, h.titre);
      if (!version) continue;
      const [habilitation] = await tx
        .insert(habilitations)
        .values({ jureId, titreVersionId: version, ...h.competences, commentaires: h.commentaires })
        .returning({ id: habilitations.id });
      await tx.insert(habilitationPeriodes).values(h.periodes.map((p) => ({ habilitationId: habilitation!.id, jureId, titreVersionId: version, dateDebut: p.debut, dateFin: p.fin })));
      await recordAudit(tx, { system: "Reprise de l'ancien système (démonstration)" }, {
        action: "habilitation.importee",
        entityType: "habilitation",
        entityId: habilitation!.id,
        after: { dateDebut: h.periodes[0]!.debut, dateFin: h.periodes[0]!.fin },
      });
    }
  }
  return count("jures (démo)", results.filter((r) => r.inserted));
}
