import { describe, expect, test } from "vitest";
import { messageForSignInCode } from "@/lib/auth/sign-in-messages";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security-headers";

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

    ["invalid", "Adresse électronique ou mot de passe incorrect."],
    ["inactive", "Ce compte est désactivé. Contactez l'administrateur de CERES de votre structure."],
    [null, null],
  ])("le code %s donne un message en français", (code, message) => {
    expect(messageForSignInCode(code)).toBe(message);
  });
});

test("HSTS est envoyé sur chaque réponse", () => {
  expect(staticSecurityHeaders["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
});
