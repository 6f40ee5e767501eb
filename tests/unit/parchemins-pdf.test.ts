import { describe, expect, test } from "vitest";
import { renderParcheminsPdf } from "@/lib/parchemins/pdf/render";
import { parcheminsDeBench } from "../../scripts/bench/parchemins-data";
import { pdfPageSizes, pdfText } from "@/tests/fixtures/pdf";

describe("PDF des parchemins", () => {
  test("chaque parchemin est une feuille A4 entière, le pied (QR code, signature) en bas de la feuille", async () => {
    const items = parcheminsDeBench(3);
    items[2]!.parchemin.titreIntitule = "Technicien supérieur en méthodes et exploitation logistique et gestion des approvisionnements";
    const pdf = await renderParcheminsPdf(items, "https://ceres.travail.gouv.fr");
    expect(pdfPageSizes(pdf)).toEqual([
      [595.28, 841.89],
      [595.28, 841.89],
      [595.28, 841.89],
    ]);
    const pages = pdfText(pdf).split("\f").filter((p) => p.trim() !== "");
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page.trimEnd().split("\n").at(-1)).toContain("Signature et cachet");
  });
});
