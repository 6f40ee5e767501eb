import { describe, expect, test } from "vitest";
import { messageForSignInCode, safeCallbackUrl } from "@/lib/auth/sign-in-messages";
import { contentSecurityPolicy } from "@/lib/security-headers";

describe("en-têtes de sécurité", () => {
  test("la CSP interdit l'encadrement et n'autorise que les scripts porteurs du nonce", () => {
    const csp = contentSecurityPolicy("abc", false, undefined);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("form-action 'self';");
  });

  test("le formulaire de connexion peut rejoindre le fournisseur d'identité configuré, et lui seul", () => {
    expect(contentSecurityPolicy("abc", false, "https://identite.example.gouv.fr/api/v2")).toContain("form-action 'self' https://identite.example.gouv.fr;");
  });
});

describe("page de connexion", () => {
  test.each([
    ["/utilisateurs?page=2", "/utilisateurs?page=2"],
    ["https://exemple.com/", "/"],
    ["//exemple.com", "/"],
    ["/\\exemple.com", "/"],
    [undefined, "/"],
  ])("après connexion, %s mène à %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  test.each([
    ["locked:12", "Trop de tentatives de connexion échouées : ce compte est verrouillé pendant 12 minutes. Réessayez plus tard."],
    ["invalid", "Adresse électronique ou mot de passe incorrect."],
    ["inactive", "Ce compte est désactivé. Contactez l'administrateur de CERES de votre structure."],
    [null, null],
  ])("le code %s donne un message en français", (code, message) => {
    expect(messageForSignInCode(code)).toBe(message);
  });
});

describe("durée des sessions", () => {
  test("une session expire après 8 heures sans activité", async () => {
    const { authConfig, SESSION_IDLE_SECONDS } = await import("@/auth.config");
    expect(SESSION_IDLE_SECONDS).toBe(8 * 60 * 60);
    expect(authConfig.session.maxAge).toBe(SESSION_IDLE_SECONDS);
  });
});
