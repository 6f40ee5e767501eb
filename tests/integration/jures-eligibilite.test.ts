import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { describe, expect, test } from "vitest";
import { agrements, centreTypes, sites, titreVersions, type SessionStatut } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { iterateConvocationList, queryConvocationList, type ConvocationRow } from "@/lib/jures/convocation-query";
import { checkEligibility, type DateRange, type LienFact } from "@/lib/jures/eligibility";
import { createScopeCast, createTitreVersion } from "../fixtures/factories";
import { createHabilitationRow, createJureRow, createLienRow } from "../fixtures/jures";
import { convokeJureRow, createSessionRow } from "../fixtures/sessions";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

/** mulberry32: the same generated cases on every run and on both engines. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const FDV = "2024-02-29";
/** 29 February 2024 + 24 months (date-fns clamps to the end of the month). */
const CFA_PROLONGATION_END = "2026-02-28";
const day = (base: string, n: number) => format(addDays(parseISO(base), n), "yyyy-MM-dd");

const sessions: DateRange[] = [
  { debut: "2020-06-15", fin: "2020-06-15" },
  { debut: "2022-12-30", fin: "2023-01-03" },
  { debut: FDV, fin: FDV },
  { debut: "2024-02-28", fin: "2024-03-01" },
  { debut: "2026-02-28", fin: "2026-02-28" },
  { debut: "2026-03-01", fin: "2026-03-01" },
  { debut: "2026-02-27", fin: "2026-03-02" },
  { debut: "2019-05-02", fin: "2019-05-03" },
];

/**
 * A convocation as written in session_jures: `compte` when it is active and its session is not cancelled;
 * `selfOf` when its session is the one the list is asked for (index in `sessions`), which never counts.
 */
type Convocation = DateRange & { compte: boolean; selfOf?: number };
type Case = { id: string; departement: "30" | "34" | "69"; candidat: boolean; periodes: DateRange[]; liens: LienFact[]; convocations: Convocation[] };

/** What checkEligibility receives for the session of index `j`: what the SQL reads from session_jures. */
const autresConvocations = (c: Case, j: number) => c.convocations.filter((x) => x.compte && x.selfOf !== j).map(({ debut, fin }) => ({ debut, fin }));

async function generate(seed: number, n: number) {
  const cast = await createScopeCast(t.db);
  const { titre, version } = await createTitreVersion(t.db, { finDeVie: FDV, dateVersion: "2015-01-01" });
  const [ancienne] = await t.db.insert(titreVersions).values({ titreId: titre.id, millesime: "00", dateVersion: "2010-01-01", finDeVie: "2014-12-31" }).returning();
  const autreTitre = await createTitreVersion(t.db);
  // The Gard centre, a CFA accepted for the version until its fin de vie, may see the list (R1) up to 24 months after it.
  const [site] = await t.db
    .insert(sites)
    .values({ centreId: cast.centreGard.id, libelle: "Site principal", adresse: "RUE DU 19 MARS 1962", codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" })
    .returning();
  await t.db.insert(centreTypes).values({ centreId: cast.centreGard.id, typeCentre: "CFA", validFrom: "2015-01-01" });
  const [agrement] = await t.db.insert(agrements).values({ centreId: cast.centreGard.id, titreVersionId: version.id, siteId: site!.id, statut: "acceptee", validFrom: "2019-01-01", validTo: FDV }).returning();
  const sessionRow = (range: DateRange, statut: SessionStatut = "declaree") =>
    createSessionRow(t.db, { centreId: cast.centreGard.id, siteId: site!.id, titreVersionId: version.id, agrementId: agrement!.id, dateDebut: range.debut, dateFin: range.fin, statut });
  // One real session per date range: the list is asked for it, and jurors convened to it are not "elsewhere".
  const selfSessions: string[] = [];
  for (const range of sessions) selfSessions.push((await sessionRow(range)).id);
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const departement = pick(["30", "30", "34", "69"] as const);
    const jure = await createJureRow(t.db, { departement, nomNaissance: pick(["DUPONT", "MARTIN", "ÉLIE", "LE GALL", "Nguyễn"]), nomUsage: rand() < 0.2 ? "BERNARD" : null, prenoms: `Prénom ${i}` });
    const periodes: DateRange[] = [];
    let cursor = day("2016-01-01", Math.floor(rand() * 2500));
    for (let k = Math.floor(rand() * 4); k > 0; k--) {
      const fin = rand() < 0.4 ? FDV : rand() < 0.1 ? day(FDV, Math.floor(rand() * 400)) : day(cursor, Math.floor(rand() * 1500));
      if (fin < cursor) break;
      periodes.push({ debut: cursor, fin });
      cursor = day(fin, pick([1, 1, 2, 40, -30]));
    }
    const kind = rand();
    // Listed: the jurors who hold a habilitation for the session's version, with or without periods.
    const candidat = kind < 0.75 || (kind >= 0.85 && kind < 0.9);
    if (kind < 0.75) await createHabilitationRow(t.db, jure.id, version.id, periodes);
    else if (kind < 0.85) await createHabilitationRow(t.db, jure.id, ancienne!.id, periodes);
    else if (kind < 0.9) {
      await createHabilitationRow(t.db, jure.id, version.id, periodes);
      await createHabilitationRow(t.db, jure.id, ancienne!.id, [{ debut: "2011-01-01", fin: "2014-12-31" }]);
    } else await createHabilitationRow(t.db, jure.id, autreTitre.version.id, periodes);
    const liens: LienFact[] = [];
    for (let k = Math.floor(rand() * 3); k > 0; k--) {
      const centreId = rand() < 0.7 ? cast.centreGard.id : cast.centreRhone.id;
      const debut = day("2018-01-01", Math.floor(rand() * 3000));
      const fin = rand() < 0.4 ? null : day(debut, Math.floor(rand() * 900));
      const type = pick(["salarie", "formateur", "autre"] as const);
      await createLienRow(t.db, jure.id, centreId, { debut, fin }, type);
      liens.push({ centreId, type, debut, fin });
    }
    const convocations: Convocation[] = [];
    if (rand() < 0.4) {
      const kind = pick(["active", "active", "active", "annulee", "retiree", "self"] as const);
      if (kind === "self") {
        const j = Math.floor(rand() * sessions.length);
        await convokeJureRow(t.db, selfSessions[j]!, jure.id);
        convocations.push({ ...sessions[j]!, compte: true, selfOf: j });
      } else {
        // Near one of the sessions, so that some convocations overlap it and some just miss it.
        const debut = day(pick(sessions).debut, pick([-3, -2, -1, 0, 1, 2]));
        const range = { debut, fin: day(debut, pick([0, 1, 2])) };
        const other = await sessionRow(range, kind === "annulee" ? "annulee" : pick(["declaree", "jury_constitue", "brouillon"] as const));
        await convokeJureRow(t.db, other.id, jure.id, kind === "retiree" ? { retireAt: new Date(), motifRetrait: "Indisponible" } : {});
        convocations.push({ ...range, compte: kind !== "annulee" && kind !== "retiree" });
      }
    }
    // Only the periods of the session's version count: those of another version stay out of the pure input.
    cases.push({ id: jure.id, departement, candidat, periodes: kind < 0.75 || (kind >= 0.85 && kind < 0.9) ? periodes : [], liens, convocations });
  }
  return { cast, version, cases, selfSessions };
}


async function all(user: CurrentUser, criteria: Parameters<typeof iterateConvocationList>[1]): Promise<ConvocationRow[]> {
  const rows: ConvocationRow[] = [];
  for await (const batch of iterateConvocationList(user, criteria, { sort: "nom", dir: "asc", filters: {} }, 37, t.db)) rows.push(...batch);
  return rows;
}

describe("la requête SQL de la liste des jurés à convoquer et la règle R4 en TypeScript donnent le même verdict", () => {
  test("sur des cas générés : chaque session, chaque plan d'exécution, chaque rôle", { timeout: 240_000 }, async () => {
    const { cast, version, cases, selfSessions } = await generate(20260417, 90);
    let compared = 0;
    for (const [j, session] of sessions.entries()) {
      const expected = new Map(
        cases.map((c) => [c.id, checkEligibility({ session: { ...session, centreId: cast.centreGard.id }, finDeVie: FDV, periodes: c.periodes, liens: c.liens, convocations: autresConvocations(c, j) })]),
      );
      for (const largeSet of [0, Infinity, undefined]) {
        const criteria = { titreVersionId: version.id, ...session, centreId: cast.centreGard.id, sessionId: selfSessions[j], largeSet };
        const rows = await all(cast.national, criteria);
        const candidats = cases.filter((c) => c.candidat);
        expect(rows.map((r) => r.id).sort()).toEqual(candidats.map((c) => c.id).sort());
        for (const row of rows) {
          const want = expected.get(row.id)!;
          expect({ eligible: row.eligible, raisons: row.raisons, fin: row.finHabilitation, liens: row.liensActifs }, `${row.id} ${JSON.stringify(session)}`).toEqual({
            eligible: want.eligible,
            raisons: want.reasons,
            fin: want.finHabilitation,
            liens: want.liensActifs,
          });
          compared += 1;
        }
        const firstIneligible = rows.findIndex((r) => !r.eligible);
        expect(firstIneligible === -1 || rows.slice(firstIneligible).every((r) => !r.eligible)).toBe(true);

        const page = (await queryConvocationList(cast.national, criteria, { page: 1, pageSize: 20, sort: "nom", dir: "asc", filters: {} }, t.db))!;
        expect(page.rows.map((r) => r.id)).toEqual(rows.slice(0, 20).map((r) => r.id));
        expect({ total: page.total, eligibles: page.eligibles }).toEqual({ total: rows.length, eligibles: rows.filter((r) => r.eligible).length });

        const gard = await all(cast.ud30, criteria);
        expect(gard.map((r) => r.id).sort()).toEqual(candidats.filter((c) => c.departement === "30").map((c) => c.id).sort());

        if (session.fin > CFA_PROLONGATION_END) {
          expect(await queryConvocationList(cast.centreUser, criteria, { page: 1, pageSize: 20, sort: "nom", dir: "asc", filters: {} }, t.db)).toBeNull();
          continue;
        }
        const centre = await all(cast.centreUser, criteria);
        const visible = candidats.filter((c) => expected.get(c.id)!.eligible || expected.get(c.id)!.reasons.includes("lie_au_centre"));
        expect(centre.map((r) => r.id).sort()).toEqual(visible.map((c) => c.id).sort());
        for (const row of centre) {
          expect(Object.keys(row).some((k) => k.toLowerCase().includes("naissance") && k !== "nomNaissance")).toBe(false);
          if (!row.eligible) expect([row.email, row.telephone, row.communeNom, row.finHabilitation]).toEqual([null, null, null, null]);
        }
      }
    }
    // Enough cases of each kind for the comparison to mean something.
    const verdicts = [...sessions.entries()].flatMap(([j, s]) =>
      cases.filter((c) => c.candidat).map((c) => checkEligibility({ session: { ...s, centreId: cast.centreGard.id }, finDeVie: FDV, periodes: c.periodes, liens: c.liens, convocations: autresConvocations(c, j) })),
    );
    for (const reason of ["non_habilite", "habilitation_incomplete", "lie_au_centre", "deja_convoque"] as const) {
      expect(verdicts.filter((v) => v.reasons.includes(reason)).length, reason).toBeGreaterThan(3);
    }
    expect(verdicts.filter((v) => v.eligible).length).toBeGreaterThan(20);
    expect(compared).toBeGreaterThan(1000);
    // Convocations that do not count were generated too: cancelled sessions, removed jurors, the session itself.
    const generated = cases.flatMap((c) => c.convocations);
    expect(generated.filter((x) => !x.compte).length).toBeGreaterThan(3);
    expect(generated.filter((x) => x.selfOf !== undefined).length).toBeGreaterThan(3);
  });
});
