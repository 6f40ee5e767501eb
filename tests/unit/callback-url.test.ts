import { describe, expect, test } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

const ORIGIN = "http://localhost:3110";

describe("adresse de retour après connexion", () => {
  test.each([
    ["/utilisateurs?page=2", "/utilisateurs?page=2"],
    ["/jures/nouveau?nom=Nguy%E1%BB%85n", "/jures/nouveau?nom=Nguy%E1%BB%85n"],
    ["/centres#sites", "/centres"],
    [`${ORIGIN}/titres?q=%C3%98rsted`, "/titres?q=%C3%98rsted"],
    ["/a%2Fb", "/a%2Fb"],
  ])("garde le chemin du site %s → %s", (input, expected) => {
    expect(safeCallbackUrl(input, ORIGIN)).toBe(expected);
  });

  test.each([
    ["tabulation (cas signalé)", "/\t/evil.example"],
    ["tabulation encodée", "/%09/evil.example"],
    ["retour chariot", "/\r/evil.example"],
    ["saut de ligne", "/\n/evil.example"],
    ["saut de ligne encodé", "/%0A/evil.example"],
    ["barre oblique inverse", "/\\evil.example"],
    ["barre inverse encodée", "/%5Cevil.example"],
    ["barre puis barre inverse puis barre", "/\\/evil.example"],
    ["deux barres encodées", "/%2F%2Fevil.example"],
    ["deux barres encodées deux fois", "/%252F%252Fevil.example"],
    ["deux barres", "//evil.example"],
    ["trois barres", "///evil.example"],
    ["adresse absolue d'une autre origine", "https://evil.example/"],
    ["même hôte, autre port", "http://localhost:9999/"],
    ["hôte qui commence comme le nôtre", "http://localhost:3110.evil.example/"],
    ["schéma javascript", "javascript:alert(1)"],
    ["chemin relatif", "evil.example"],
    ["encodage invalide", "/%E0%A4%A"],
    ["vide", ""],
    ["absent", undefined],
  ])("refuse %s et renvoie à l'accueil", (_label, input) => {
    expect(safeCallbackUrl(input, ORIGIN)).toBe("/");
  });

  test("sans origine donnée, seul un chemin du site passe", () => {
    expect(safeCallbackUrl("/jures")).toBe("/jures");
    expect(safeCallbackUrl(`${ORIGIN}/jures`)).toBe("/");
  });
});
