import { describe, expect, test } from "vitest";
import { verificationHtml } from "@/app/(public)/verifier/_components/verification-html";
import { publicPageHtml } from "@/components/layout/shell-html";
import { lignesImprimees } from "@/lib/parchemins/verification-affichage";
import type { ParcheminVerifie } from "@/lib/parchemins/verification";

const parchemin: ParcheminVerifie = {
  numero: "7KQ2M9XD4TR",
  civilite: "Madame",
  nomNaissance: "NGUYỄN",
  nomUsage: "<b>ØRSTED</b>",
  prenoms: "Thị Lan",
  dateNaissance: "1990-03-04",
  lieuNaissance: "Nîmes",
  titreCode: "TP-00391",
  titreIntitule: "Assistant(e) de vie aux familles",
  niveau: 3,
  nsfCode: "330t",
  rncp: "RNCP36839",
  delivreLe: "2027-04-02",
  lieuDelivrance: "Nîmes",
  statut: "valide",
  annuleAt: null,
};

/** The rows of the page's table, read back from its HTML. */
function rows(page: string): [string, string][] {
  return [...page.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1]!, m[2]!]);
}
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

describe("page de résultat de la vérification, écrite en HTML", () => {
  test("le tableau montre exactement les lignes imprimées, le nom d'usage échappé", () => {
    const page = verificationHtml({ saisie: "7kq2 m9xd 4tr", verification: { trouve: true, parchemin, signature: null } }).text;
    expect(rows(page).map(([l, v]) => [l, unescape(v)])).toEqual(lignesImprimees(parchemin));
    expect(page).toContain("Madame &lt;b&gt;ØRSTED&lt;/b&gt; Thị Lan (née NGUYỄN)");
    expect(page).not.toContain("<b>");
    expect(page).toContain('data-testid="statut-parchemin">Valide</span>');
    expect(page).not.toContain('data-testid="signature-qr"');
  });

  test("un numéro introuvable : la réponse unique et le formulaire, la saisie reprise sans devenir du HTML", () => {
    const saisie = `"><script>alert(1)</script>`;
    const page = verificationHtml({ saisie, verification: { trouve: false } }).text;
    expect(page).toContain("Aucun parchemin ne correspond à ce numéro. Vérifiez la saisie.");
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(page).not.toContain("<script");
  });

  test("la signature du QR code est annoncée ; un refus du limiteur dit quand réessayer", () => {
    const signee = verificationHtml({ saisie: "x", verification: { trouve: true, parchemin: { ...parchemin, statut: "annule", annuleAt: new Date("2027-06-15T10:00:00Z") }, signature: "invalide" } }).text;
    expect(signee).toContain("Signature invalide");
    expect(signee).toContain("Annulé le 15/06/2027");
    expect(signee).toContain("fr-badge--error");
    const refus = verificationHtml({ refus: "Trop de vérifications depuis votre adresse. Réessayez dans 12 secondes." }).text;
    expect(refus).toContain('role="alert"');
    expect(refus).toContain("Réessayez dans 12 secondes.");
  });

  test("la page entière : langue, titre, robots, feuilles de style, en-tête et pied du DSFR, aucun script", () => {
    const page = publicPageHtml({ titre: "Vérification d’un parchemin", robots: "noindex, nofollow", stylesheets: ["/_next/static/chunks/a.css"], contenu: verificationHtml({ saisie: "", verification: { trouve: false } }) }).text;
    expect(page.startsWith('<!DOCTYPE html><html lang="fr"')).toBe(true);
    expect(page).toContain("<title>Vérification d’un parchemin — CERES</title>");
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(page).toContain('<p class="fr-logo">Ministère<br>du Travail<br>et des Solidarités</p>');
    expect(page).toMatch(/<main id="contenu"[^>]*>.*<h1>.*<\/main><footer id="fr-footer"/);
    expect(page).not.toContain("<script");
  });
});
