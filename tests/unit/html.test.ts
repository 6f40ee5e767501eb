import { describe, expect, test, vi } from "vitest";
import { Html, escapeHtml, html } from "@/lib/html/html";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publicStylesheets, stylesheetsOfManifest } from "@/lib/html/next-styles";

describe("HTML écrit en texte", () => {
  test("chaque valeur est échappée : balises, guillemets, esperluette", () => {
    const nom = `<img src=x onerror="alert('x')"> & Cie`;
    expect(html`<td title="${nom}">${nom}</td>`.text).toBe(
      `<td title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; Cie">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; Cie</td>`,
    );
  });

  test("un fragment déjà écrit n'est pas échappé deux fois ; les listes sont mises bout à bout ; rien pour null, undefined, false", () => {
    const lignes = ["Nguyễn", "Ørsted & fils"].map((n) => html`<li>${n}</li>`);
    expect(html`<ul>${lignes}</ul>${null}${undefined}${false}${0}`.text).toBe("<ul><li>Nguyễn</li><li>Ørsted &amp; fils</li></ul>0");
    expect(html`${"a"}`).toBeInstanceOf(Html);
  });

  test("les caractères hors ASCII passent tels quels (la page est en UTF-8)", () => {
    expect(escapeHtml("Łukasz Zoë NGUYỄN Thị Lan")).toBe("Łukasz Zoë NGUYỄN Thị Lan");
  });
});

describe("feuilles de style des pages publiques, lues dans le manifeste de Next.js", () => {
  const manifest = (entries: Record<string, unknown>) =>
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/(public)/verifier/page"] = ${JSON.stringify({ clientModules: {}, entryCSSFiles: entries })};\n`;

  test("celles des mises en page racine et publique, chacune une fois, dans l'ordre", () => {
    const text = manifest({
      "[project]/app/layout": [{ path: "static/chunks/dsfr.css", inlined: false }, { path: "static/chunks/globals.css", inlined: false }],
      "[project]/app/(public)/layout": [{ path: "static/chunks/dsfr.css", inlined: false }, { path: "static/chunks/public.css", inlined: false }],
      "[project]/app/(public)/verifier/page": [{ path: "static/chunks/page.css", inlined: false }],
    });
    expect(stylesheetsOfManifest(text)).toEqual(["/_next/static/chunks/dsfr.css", "/_next/static/chunks/globals.css", "/_next/static/chunks/public.css"]);
  });

  test("un manifeste d'une autre forme ne donne aucune feuille, sans lever d'erreur", () => {
    expect(stylesheetsOfManifest("module.exports = {}")).toEqual([]);
    expect(stylesheetsOfManifest(manifest({}))).toEqual([]);
  });

  test("hors production, le manifeste de next dev (.next/dev), jamais celui d'un build laissé dans .next", () => {
    const root = mkdtempSync(join(tmpdir(), "ceres-styles-"));
    const write = (dist: string, path: string) => {
      const dir = join(root, dist, "server", "app", "(public)", "verifier");
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "page_client-reference-manifest.js"), manifest({ "[project]/app/layout": [{ path, inlined: false }] }));
    };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    write(".next", "static/chunks/build.css");
    expect(publicStylesheets(root)).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    write(join(".next", "dev"), "static/chunks/dev.css");
    expect(publicStylesheets(root)).toEqual(["/_next/static/chunks/dev.css"]);
    warn.mockRestore();
  });
});
