import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { candidats, inscriptions, pays, sessions, users, type Parcours } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { toCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { parcoursLabels } from "@/lib/candidats/audit";
import { createCandidat } from "@/lib/candidats/create-candidat";
import { candidatSchema, type CandidatInput } from "@/lib/candidats/schemas";
import { count, type SeedCount } from "./territoires";

type DemoCandidat = CandidatInput & { parcours: Parcours };

const born = (commune: string) => ({ lieuNaissance: "france" as const, naissanceCommuneCode: commune, naissancePaysCode: "", naissanceVille: "" });
const abroad = (paysCode: string, ville: string) => ({ lieuNaissance: "etranger" as const, naissanceCommuneCode: "", naissancePaysCode: paysCode, naissanceVille: ville });

/**
 * The returning candidate (issue 11): registered by 16 30 FORMATION in its declared ADVF session; when a centre
 * types her again (16 30 FORMATION for its draft session, or CFA DES GARRIGUES), R5 offers this record — in
 * full to 16 30 FORMATION, masked to the CFA ("BOUAZIZ I***, née le 14/02/1996 à Montpellier").
 */
export const DEMO_CANDIDAT_REVENANT = {
  civilite: "Madame",
  nomNaissance: "BOUAZIZ",
  prenoms: "Inès",
  dateNaissance: "14/02/1996",
  ...born("34172"),
  residenceCommuneCode: "30189",
  adresse: "7 rue de la Madeleine",
  codePostal: "30000",
  email: "ines.bouaziz@exemple.fr",
  telephone: "06 21 43 65 87",
  parcours: "formation_continue",
} satisfies DemoCandidat;

/** One person typed twice: by 16 30 FORMATION (registered), then by CFA DES GARRIGUES with the accents lost and day and month swapped. */
export const DEMO_DOUBLON = {
  premiere: {
    civilite: "Madame",
    nomNaissance: "LEFÈVRE",
    prenoms: "Hélène Marie",
    dateNaissance: "05/11/1988",
    ...born("30007"),
    residenceCommuneCode: "30007",
    adresse: "14 rue d'Avéjan",
    codePostal: "30100",
    email: "helene.lefevre@exemple.fr",
    telephone: "06 45 12 78 90",
    parcours: "vae",
  },
  seconde: {
    civilite: "Madame",
    nomNaissance: "LEFEVRE",
    prenoms: "Helene-Marie",
    dateNaissance: "11/05/1988",
    ...born("30007"),
    residenceCommuneCode: "34172",
    adresse: "3 place de la Comédie",
    codePostal: "34000",
    email: "h.lefevre.pro@exemple.fr",
    telephone: "",
  },
} as const satisfies { premiere: DemoCandidat; seconde: CandidatInput };

/** Other candidates of the declared ADVF session of 16 30 FORMATION, French and foreign-born. */
const AUTRES_SESSION_DECLAREE: DemoCandidat[] = [
  { civilite: "Madame", nomNaissance: "GARNIER", prenoms: "Élodie Anne", dateNaissance: "23/09/1991", ...born("30189"), residenceCommuneCode: "30028", adresse: "2 impasse des Lauriers", codePostal: "30200", email: "elodie.garnier@exemple.fr", telephone: "", parcours: "formation_continue" },
  { civilite: "Monsieur", nomNaissance: "PEREIRA DA SILVA", prenoms: "João Miguel", dateNaissance: "02/07/1985", ...abroad("PT", "Braga"), residenceCommuneCode: "30028", adresse: "", codePostal: "", email: "", telephone: "07 11 22 33 44", parcours: "vae" },
  { civilite: "Madame", nomNaissance: "WIŚNIEWSKA", prenoms: "Agnieszka", dateNaissance: "19/12/1979", ...abroad("PL", "Kraków"), residenceCommuneCode: "30007", adresse: "", codePostal: "", email: "a.wisniewska@exemple.fr", telephone: "", parcours: "capitalisation" },
  { civilite: "Monsieur", nomNaissance: "MEZIANE", prenoms: "Yacine", dateNaissance: "30/04/2001", ...born("30028"), residenceCommuneCode: "30028", adresse: "", codePostal: "", email: "", telephone: "", parcours: "apprentissage" },
];

/** In the draft session: someone else, so that the returning candidate is the one to add. */
const SESSION_BROUILLON: DemoCandidat[] = [
  { civilite: "Monsieur", nomNaissance: "DIALLO", prenoms: "Mamadou Lamine", dateNaissance: "11/01/1993", ...abroad("SN", "Dakar"), residenceCommuneCode: "30189", adresse: "", codePostal: "", email: "", telephone: "", parcours: "formation_continue" },
];

async function centreUser(tx: DbOrTx, email: string): Promise<Extract<CurrentUser, { role: "centre" }> | null> {
  const [row] = await tx.select().from(users).where(eq(users.email, email));
  const user = row ? toCurrentUser(row) : null;
  return user?.role === "centre" ? user : null;
}

/** Through the creation use case (R5 check, audit), as the centre's user; a close match is confirmed as the form does. */
async function create(db: Db, user: CurrentUser, input: CandidatInput): Promise<string> {
  const data = candidatSchema.parse(input);
  let result = await createCandidat(user, data, db);
  if (result.ok && result.data.statut === "proches") {
    result = await createCandidat(user, { ...data, confirmeMalgreProches: true, prochesVus: result.data.proches.map((p) => p.id) }, db);
  }
  if (!result.ok) throw new Error(`Candidat de démonstration refusé : ${result.message}`);
  if (result.data.statut === "existant") return result.data.match.id;
  if (result.data.statut !== "cree") throw new Error("Candidat de démonstration : fiches proches non confirmées.");
  return result.data.id;
}

/**
 * The inscription as the session's Candidats tab writes it, with its two audit events. The use case reads the
 * session through a server-only module, which the demo script (plain tsx) cannot import; the demo's sessions
 * are new and far from full, and each person is registered once, so its refusals cannot apply.
 */
async function register(tx: DbOrTx, user: CurrentUser, session: { id: string; numero: string }, candidatId: string, c: DemoCandidat) {
  await tx.insert(inscriptions).values({ sessionId: session.id, candidatId, parcours: c.parcours, createdBy: user.id });
  const parcours = parcoursLabels[c.parcours];
  await recordAudit(tx, user, { action: "session.candidat_inscrit", entityType: "session", entityId: session.id, after: { candidat: `${c.nomNaissance} ${c.prenoms}`, parcours } });
  await recordAudit(tx, user, { action: "candidat.inscrit", entityType: "candidat", entityId: candidatId, after: { session: session.numero, parcours } });
}

/**
 * What issue 11 adds to the demo: candidates in the two sessions of 16 30 FORMATION (names with accents,
 * hyphens, foreign births), the returning candidate, and one duplicate pair for the scan and the merge table.
 * Nothing is added once the centre's sessions have an inscription (a second load changes nothing); without
 * the sessions (no référentiel of communes) or the countries, the demo candidates wait.
 */
export async function seedDemoCandidats(tx: DbOrTx): Promise<SeedCount[]> {
  const centre = await centreUser(tx, "centre.1630@ceres.demo");
  const cfa = await centreUser(tx, "cfa.garrigues@ceres.demo");
  if (!centre || !cfa) return [];
  const own = await tx.select({ id: sessions.id, numero: sessions.numero, statut: sessions.statut }).from(sessions).where(eq(sessions.centreId, centre.centreId)).orderBy(asc(sessions.dateDebut));
  const declaree = own.find((s) => s.statut !== "brouillon" && s.statut !== "annulee");
  const brouillon = own.find((s) => s.statut === "brouillon");
  if (!declaree || !brouillon) return [];
  if ((await tx.select({ id: inscriptions.id }).from(inscriptions).where(inArray(inscriptions.sessionId, own.map((s) => s.id))).limit(1)).length) return [];
  const known = new Set((await tx.select({ code: pays.code }).from(pays).where(inArray(pays.code, ["PT", "PL", "SN"]))).map((p) => p.code));
  const bornIn = (c: CandidatInput) => c.lieuNaissance === "france" || known.has(c.naissancePaysCode ?? "");

  // The use cases open their own transaction: inside the demo's one, a savepoint.
  const db: Db = tx;
  const created: { inserted: boolean }[] = [];
  for (const [session, list] of [
    [declaree, [DEMO_CANDIDAT_REVENANT, DEMO_DOUBLON.premiere, ...AUTRES_SESSION_DECLAREE]],
    [brouillon, SESSION_BROUILLON],
  ] as const) {
    for (const c of list.filter(bornIn)) {
      await register(tx, centre, session, await create(db, centre, c), c);
      created.push({ inserted: true });
    }
  }
  await create(db, cfa, DEMO_DOUBLON.seconde);
  created.push({ inserted: true });
  return [count("candidats (démo)", created)];
}

/** The two records of the duplicate pair, once seeded (for tests and the README's walk-through). */
export async function demoDoublonIds(tx: DbOrTx): Promise<string[]> {
  const rows = await tx
    .select({ id: candidats.id })
    .from(candidats)
    .where(and(inArray(candidats.nomNaissance, [DEMO_DOUBLON.premiere.nomNaissance, DEMO_DOUBLON.seconde.nomNaissance]), inArray(candidats.prenoms, [DEMO_DOUBLON.premiere.prenoms, DEMO_DOUBLON.seconde.prenoms])));
  return rows.map((r) => r.id).sort();
}
