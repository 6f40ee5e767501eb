import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { UploadField } from "@/components/import/UploadField";

function render(error: string | null) {
  const html = renderToStaticMarkup(createElement(UploadField, { label: "Fichier des titres (CSV)", hint: "Format CSV UTF-8, 5 Mo au plus.", error, onChange: () => undefined }));
  const describedBy = /aria-describedby="([^"]*)"/.exec(html)?.[1] ?? "";
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
  return { html, references: describedBy.split(/\s+/).filter(Boolean), ids };
}

describe("champ de fichier des imports", () => {
  test.each([
    ["sans erreur", null, 1],
    ["avec une erreur", "Le fichier est vide.", 2],
  ])("%s, aria-describedby ne désigne que des éléments qui existent", (_label, error, count) => {
    const { references, ids } = render(error);
    expect(references).toHaveLength(count);
    for (const id of references) expect(ids.has(id), `id « ${id} » absent de la page`).toBe(true);
  });

  test("l'erreur est annoncée et le champ marqué invalide", () => {
    const { html } = render("Le fichier est vide.");
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
  });
});
