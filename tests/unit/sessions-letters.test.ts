import { describe, expect, test } from "vitest";
import { addDays, parisTimeToInstant } from "@/lib/dates";
import { SESSION_MAX_JOURS } from "@/lib/sessions/schemas";
import { buildConvocationLetters } from "@/lib/sessions/letters/data";
import { asciiSlug, convocationFileName } from "@/lib/sessions/letters/file-name";
import { frenchDateTimeParis, frenchLongDate } from "@/lib/sessions/letters/french-dates";
import { renderConvocationsPdf } from "@/lib/sessions/letters/render";
import { convocationData, convocationSource } from "@/tests/fixtures/convocation-letters";
import { pdfFonts, pdfText, pdfWordBoxes } from "@/tests/fixtures/pdf";

describe("dates des lettres, en français et à l'heure de Paris", () => {
  test.each([
    ["2027-05-12", "mercredi 12 mai 2027"],
    ["2027-05-01", "samedi 1er mai 2027"],
    ["2028-02-29", "mardi 29 février 2028"],
    ["2027-08-16", "lundi 16 août 2027"],
  ])("%s → %s", (date, text) => {
    expect(frenchLongDate(date)).toBe(text);
  });

  test.each([
    // Summer time (UTC+2), winter time (UTC+1), the days after each change of 2027.
    ["2027-05-11", "08:00", "2027-05-11T06:00:00.000Z", "le mardi 11 mai 2027 à 08:00"],
    ["2027-03-29", "08:00", "2027-03-29T06:00:00.000Z", "le lundi 29 mars 2027 à 08:00"],
    ["2027-11-02", "08:00", "2027-11-02T07:00:00.000Z", "le mardi 2 novembre 2027 à 08:00"],
  ])("convocation le %s à %s", (date, time, iso, text) => {
    const instant = parisTimeToInstant(date, time);
    expect(instant.toISOString()).toBe(iso);
    expect(frenchDateTimeParis(instant)).toBe(text);
  });
});

describe("données d'une lettre de convocation", () => {
  test("chaque jour de la session avec son heure, la convocation, le centre et le juré", () => {
    const data = buildConvocationLetters(convocationSource(1), new Date("2027-04-20T22:30:00Z"));
    expect(data.jours).toEqual([
      { date: "2027-05-11", libelle: "mardi 11 mai 2027", heure: "08:00" },
      { date: "2027-05-12", libelle: "mercredi 12 mai 2027", heure: "08:00" },
    ]);
    expect(data.convocation).toBe("le mardi 11 mai 2027 à 07:45");
    expect(data.titre).toBe("TP-01281 — Agent de restauration");
    expect(data.version).toBe("millésime 03 du 15/06/2021");
    expect(data.site.adresse).toEqual(["12 chemin de la Garrigue", "30200 Bagnols-sur-Cèze"]);
    expect(data.centre.representant).toBe("Madame Hélène FABRE, directrice");
    // 22:30 UTC on 20 April is already the 21st in Paris.
    expect(data.faitA).toBe("Bagnols-sur-Cèze, le 21/04/2027");
    expect(data.lettres).toEqual([
      { jureId: expect.any(String), destinataire: "Madame NGUYỄN Thị Mai", adresse: ["Nîmes"], email: "jure0@exemple.fr", salutation: "Madame," },
    ]);
  });

  test("le nom d'usage passe avant le nom de naissance ; sans représentant, pas de ligne vide", () => {
    const source = convocationSource(3);
    source.centre.representantNom = null;
    const data = buildConvocationLetters(source);
    expect(data.lettres.map((l) => l.destinataire)).toEqual(["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren", "Madame Ğüneş Ayşe"]);
    expect(data.centre.representant).toBeNull();
  });

  test.each([
    ["2027-30-00042", "Madame NGUYỄN Thị Mai", "convocation-2027-30-00042-nguyen-thi-mai.pdf"],
    ["2027-30-00042", "Monsieur Ørsted Søren", "convocation-2027-30-00042-orsted-soren.pdf"],
    ["2027-30-00042", "Monsieur Œdipe Jean-Noël", "convocation-2027-30-00042-oedipe-jean-noel.pdf"],
    ["2027-30-00042", undefined, "convocations-jury-2027-30-00042.pdf"],
  ])("nom de fichier %s %s", (numero, nom, attendu) => {
    expect(convocationFileName(numero, nom)).toBe(attendu);
  });

  test("nom de fichier sans caractère dangereux", () => {
    expect(asciiSlug('a"b;c\r\nd/../Ğüneş')).toBe("a-b-c-d-gunes");
  });
});

describe("rendu PDF (police Marianne embarquée)", () => {
  test("les noms à diacritiques sortent tels quels, une page par juré", async () => {
    const pdf = await renderConvocationsPdf(convocationData(4));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const nom of ["NGUYỄN Thị Mai", "Ørsted Søren", "Ğüneş Ayşe", "Œdipe Jean-Noël", "L’Haÿ-les-Roses"]) expect(text).toContain(nom);
    expect(text).toContain("RÉPUBLIQUE");
    expect(text).toContain("Ministère du Travail");
    expect(text).toContain("2027-30-00042");
    expect(text).toContain("le mardi 11 mai 2027 à 07:45");
    expect(text).toContain("mercredi 12 mai 2027, à partir de 08:00");
    expect(text.split("\f").filter((p) => p.trim()).length).toBe(4);
    const fonts = pdfFonts(pdf);
    expect(fonts).toMatch(/Marianne-Regular .* yes yes yes/);
    expect(fonts).not.toMatch(/Helvetica/);
    // The first render of a process loads the font (seconds on a loaded machine): not a timing check.
  }, 30_000);

  test("une lettre redessinée se pose au même endroit : la mémoire de mise en forme, partagée entre documents, ne déforme rien", async () => {
    // The first render shapes the words, the next ones are served from the process's memory (pdf-fonts.test.ts
    // checks that each document gets its own copy): every letter prints the same.
    const data = convocationData(2);
    const premiere = pdfWordBoxes(await renderConvocationsPdf(data));
    const suivante = pdfWordBoxes(await renderConvocationsPdf(data));
    expect(suivante).toEqual(premiere);
    // The sender's block and the foot's name end on the right margin (56 pt from the edge of the A4 sheet).
    for (const mot of ["GARRIGUES", "Bagnols-sur-Cèze", "contact@cfa-garrigues.fr"]) {
      const boite = suivante.find((w) => w.page === 1 && w.text === mot && w.yMin < 120)!;
      expect(boite.xMax).toBeCloseTo(595.28 - 56, 0);
    }
    const pied = suivante.filter((w) => w.page === 2 && w.yMin > 780).at(-1)!;
    expect(pied.text).toBe("Søren");
    expect(pied.xMax).toBeCloseTo(595.28 - 56, 0);
  }, 30_000);

  test("une session de la plus longue durée permise : la lettre continue sur une seconde page, chaque page avec son pied, rien sous le pied", async () => {
    const source = convocationSource(2);
    source.session.dateFin = addDays(source.session.dateDebut, SESSION_MAX_JOURS - 1);
    const pdf = await renderConvocationsPdf(buildConvocationLetters(source, new Date("2027-04-20T10:00:00Z")));
    const pages = pdfText(pdf).split("\f").filter((p) => p.trim());
    expect(pages).toHaveLength(4);
    for (const page of pages) expect(page).toContain("Session n° 2027-30-00042 — convocation du jury");
    expect(pages[1]).toContain("jeudi 10 juin 2027, à partir de 08:00");
    expect(pages[1]).toContain("salutations distinguées");
    // The body stops 56 pt above the bottom edge; below it, only the foot (its rule at 803.6 pt).
    const mots = pdfWordBoxes(pdf);
    expect(Math.max(...mots.filter((w) => w.yMin < 800).map((w) => w.yMax))).toBeLessThan(841.89 - 56 + 1);
    const pieds = [1, 2, 3, 4].map((page) => mots.filter((w) => w.page === page && w.yMin >= 800).map((w) => w.text).join(" "));
    expect(pieds).toEqual(["Madame NGUYỄN Thị Mai", "Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren", "Monsieur Ørsted Søren"].map((nom) => `Session n° 2027-30-00042 — convocation du jury ${nom}`));
  }, 30_000);
});

