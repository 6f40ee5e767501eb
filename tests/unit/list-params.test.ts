import { describe, expect, test } from "vitest";
import { likePattern, parseListParams, withParams } from "@/lib/table/list-params";

const spec = { sortable: ["nom", "email"], defaultSort: "nom", filters: ["q", "role"] } as const;

describe("état d'une liste lu dans l'URL", () => {
  test("valeurs par défaut", () => {
    expect(parseListParams({}, spec)).toEqual({ page: 1, pageSize: 20, sort: "nom", dir: "asc", filters: {} });
  });

  test.each([
    [{ page: "3", taille: "50", tri: "email", ordre: "desc" }, { page: 3, pageSize: 50, sort: "email", dir: "desc" }],
    [{ page: "-2", taille: "7", tri: "password_hash", ordre: "drop" }, { page: 1, pageSize: 20, sort: "nom", dir: "asc" }],
    [{ page: "abc", taille: "100" }, { page: 1, pageSize: 100, sort: "nom", dir: "asc" }],
    [{ page: ["2", "9"] }, { page: 2, pageSize: 20, sort: "nom", dir: "asc" }],
  ])("%j est lu sans jamais sortir des valeurs permises", (query, expected) => {
    expect(parseListParams(query, spec)).toMatchObject(expected);
  });

  test("garde seulement les filtres connus, sans espaces autour, et tronqués", () => {
    const parsed = parseListParams({ q: "  dupont ", role: "", inconnu: "x", page: "1" }, spec);
    expect(parsed.filters).toEqual({ q: "dupont" });
    expect(parseListParams({ q: "a".repeat(500) }, spec).filters.q).toHaveLength(200);
  });

  test("construit la chaîne de requête d'un changement", () => {
    expect(withParams("q=dupont&page=3", { page: undefined, tri: "email" })).toBe("?q=dupont&tri=email");
    expect(withParams("", { page: undefined })).toBe("");
  });

  test("échappe les jokers LIKE de la saisie", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
