import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { LineImportFlow } from "@/components/import/LineImportFlow";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));

function hint(columnsHint?: string) {
  const html = renderToStaticMarkup(
    createElement(LineImportFlow, {
      label: "Fichier des habilitations (CSV)",
      columnsHint,
      maxBytes: 5 * 1024 * 1024,
      tooLarge: (mb: number) => `Le fichier dépasse ${mb} Mo : découpez-le.`,
      preview: async () => ({ ok: false, code: "indisponible", message: "" }) as never,
      apply: async () => ({ ok: false, code: "indisponible", message: "" }) as never,
      writes: () => 0,
      nothingToApply: "Rien à appliquer.",
      counts: () => [],
      columns: [],
      actions: {},
      confirmation: () => null,
      showApplied: () => null,
      list: { href: "/jures", label: "Voir la liste des jurés" },
    }),
  );
  return html.replace(/&#x27;/g, "'");
}

describe("import ligne à ligne (kit d'import)", () => {
  test("l'aide du champ donne le format et la taille en Mo, puis les colonnes quand l'import les précise", () => {
    expect(hint()).toContain("Format CSV, séparateur point-virgule, UTF-8 ou Windows-1252, 5 Mo au plus.<");
    expect(hint("Colonnes : civilite, nom_naissance…")).toContain("Format CSV, séparateur point-virgule, UTF-8 ou Windows-1252, 5 Mo au plus. Colonnes : civilite, nom_naissance…<");
  });
});
