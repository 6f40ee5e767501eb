import { describe, expect, test } from "vitest";
import { likePattern, parseListParams, withParams } from "@/lib/table/list-params";
import { normalizeName } from "@/lib/text/normalize";

const spec = { sortable: ["nom", "email"], defaultSort: "nom", filters: ["q", "role"] } as const;

describe("état d'une liste : bornes", () => {
  test.each([
    ["0", 1],
    ["1", 1],
    ["100000", 100_000],
    ["100001", 100_000],
    ["2.9", 2],
    ["", 1],
  ])("page %j → %i", (page, attendu) => {
    expect(parseListParams({ page }, spec).page).toBe(attendu);
  });

  test.each([
    ["20", 20],
    ["50", 50],
    ["100", 100],
    ["", 20],
    ["0", 20],
    ["1000", 20],
  ])("taille %j → %i", (taille, attendu) => {
    expect(parseListParams({ taille }, spec).pageSize).toBe(attendu);
  });

  test.each([
    [{ ordre: "asc" }, "asc"],
    [{ ordre: "desc" }, "desc"],
    [{ ordre: "DESC" }, "desc"],
    [{}, "desc"],
  ])("ordre %j avec un ordre par défaut descendant → %s", (query, attendu) => {
    expect(parseListParams(query, { ...spec, defaultDir: "desc" }).dir).toBe(attendu);
  });

  test("le premier de plusieurs tris ou filtres répétés est retenu", () => {
    expect(parseListParams({ tri: ["email", "nom"], q: ["Ørsted", "Dupont"], role: "   " }, spec)).toMatchObject({ sort: "email", filters: { q: "Ørsted" } });
  });

  test("un filtre de 200 caractères est gardé entier", () => {
    expect(parseListParams({ role: "é".repeat(200) }, spec).filters.role).toBe("é".repeat(200));
  });

  test("un changement remplace la valeur existante, une valeur vide l'enlève", () => {
    expect(withParams(new URLSearchParams("page=3&q=Nguyễn"), { page: 4, q: "" })).toBe("?page=4");
    expect(withParams("?tri=nom", { ordre: "desc" })).toBe("?tri=nom&ordre=desc");
  });

  test.each([
    ["Nguyễn", "%Nguyễn%"],
    ["100%", "%100\\%%"],
    ["a_b", "%a\\_b%"],
    ["C:\\Users", "%C:\\\\Users%"],
  ])("motif LIKE de %j", (text, attendu) => {
    expect(likePattern(text)).toBe(attendu);
  });
});

describe("forme de comparaison des noms : ligatures, saints et ponctuation", () => {
  test.each([
    ["Lætitia", "laetitia"],
    ["LÆTITIA", "laetitia"],
    ["ŒUVRE", "oeuvre"],
    ["Stéphane", "stephane"],
    ["Steenvoorde", "steenvoorde"],
    ["Rue St Jean", "rue saint jean"],
    ["STE-MARIE", "sainte marie"],
    ["-Saint-Ouen-", "saint ouen"],
    ["Paris 75001", "paris 75001"],
  ])("%s → %s", (input, attendu) => {
    expect(normalizeName(input)).toBe(attendu);
  });
});
