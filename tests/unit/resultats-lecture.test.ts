import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ResultatsLecture } from "@/components/resultats/ResultatsLecture";
import { lectureDeGrille, lectureDeSession } from "@/lib/resultats/affichage";
import type { ResultatsSession } from "@/lib/resultats/session-resultats";

const ccpsVersion = [1, 2, 3].map((n) => ({ id: `c${n}`, numero: n, libelle: `Compétence ${n}` }));
const texte = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const lignes = (html: string) => [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, tr]) => texte(tr!));

describe("résultats en lecture seule : un seul tableau", () => {
  test("page de la session : CCP évalués, présence, « Capitalisé (session n°…) », les autres capitalisés sous le nom", () => {
    const lecture = lectureDeGrille({
      ccpsVersion,
      ccpsEvalues: ["c2", "c3"],
      lignes: [
        {
          inscriptionId: "i1",
          candidatId: "k1",
          nom: "ØRSTED Søren",
          parcours: "formation_continue",
          presence: "present",
          decision: "titre_obtenu",
          version: 1,
          issues: { c2: "acquis" },
          capitalises: [
            { ccpId: "c1", numero: 1, sessionNumero: "2026-30-00007" },
            { ccpId: "c3", numero: 3, sessionNumero: "2026-30-00009" },
          ],
        },
        { inscriptionId: "i2", candidatId: "k2", nom: "ÅSTRÖM Anaïs", parcours: "vae", presence: null, decision: null, version: 0, issues: {}, capitalises: [] },
      ],
    });
    const html = renderToStaticMarkup(createElement(ResultatsLecture, { lecture, caption: "Résultats de la session 2027-30-00042" }));
    expect(lignes(html)).toEqual([
      "Candidat Présence CCP 2 CCP 3 Décision",
      "ØRSTED Søren Capitalisé : CCP 1 Présent Acquis Capitalisé (session 2026-30-00009) Titre obtenu",
      "ÅSTRÖM Anaïs — — — —",
    ]);
    expect(html).toContain("<em>Capitalisé (session 2026-30-00009)</em>");
  });

  test("page de validation : tous les CCP de la version, « Non évalué », « Non saisie », le parchemin une fois validée ; sans candidat, le message", () => {
    const candidat = { candidatId: "k1", civilite: "Madame", nomNaissance: "MARTIN", prenoms: "Sophie", dateNaissance: "1990-03-12", presence: "present" as const, resultatVersion: 1 };
    const resultats: ResultatsSession = {
      ccpsVersion,
      ccpsEvalues: ["c2", "c3"],
      candidats: [
        { ...candidat, inscriptionId: "i1", nomUsage: "DURAND", decision: "titre_obtenu" as const, issues: { c2: "acquis" as const, c3: "acquis" as const }, acquisAnterieurs: ["c1"] },
        { ...candidat, inscriptionId: "i2", nomUsage: null, decision: null, issues: {}, acquisAnterieurs: [] },
      ],
    };
    const html = renderToStaticMarkup(createElement(ResultatsLecture, { lecture: lectureDeSession(resultats, new Map([["i1", "7KQ2M9XD4TR"]])), caption: "Résultats de la session (lecture seule)" }));
    expect(lignes(html)).toEqual([
      "Candidat CCP 1 CCP 2 CCP 3 Décision Parchemin",
      "DURAND Sophie (née MARTIN) Capitalisé Acquis Acquis Titre obtenu 7KQ2-M9XD-4TR",
      "MARTIN Sophie Non évalué — — Non saisie —",
    ]);
    expect(lignes(renderToStaticMarkup(createElement(ResultatsLecture, { lecture: lectureDeSession(resultats), caption: "x" })))[0]).toBe("Candidat CCP 1 CCP 2 CCP 3 Décision");
    const vide = renderToStaticMarkup(createElement(ResultatsLecture, { lecture: lectureDeSession({ ...resultats, candidats: [] }), caption: "x", vide: createElement("p", null, "Aucun candidat") }));
    expect(vide).toBe("<p>Aucun candidat</p>");
  });
});
