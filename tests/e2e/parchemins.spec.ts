import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { parchemins } from "@/db/schema";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { createSessionAvecParchemins } from "../fixtures/parchemins";
import { pdfText } from "../fixtures/pdf";
import { expect, loginAs, test } from "./support/fixtures";

test.describe("parchemins d'une session validée", () => {
  test("l'UD imprime le lot en un PDF (numéros attribués à la première impression) ; le centre ne le voit pas", async ({ page, seed }) => {
    const centre = await seed.centre();
    const s = await createSessionAvecParchemins(seed.db, { centreId: centre.id, numerotes: false });
    const ud = await seed.user("regional", { departementCode: "30" });
    await loginAs(page, ud);

    await page.goto(`/sessions/${s.session.id}/documents`);
    await expect(page.getByRole("heading", { name: "Parchemins" })).toBeVisible();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Imprimer les parchemins (PDF)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`parchemins-session-${s.session.numero}.pdf`);
    const text = pdfText(await readFile((await download.path())!));
    expect(text.split("\f").filter((p) => p.trim())).toHaveLength(5);

    const numeros = await Promise.all(s.parchemins.map(async (p) => (await seed.db.select({ numero: parchemins.numero }).from(parchemins).where(eq(parchemins.id, p.id)))[0]!.numero));
    expect(numeros.every((n) => n !== null)).toBe(true);
    for (const numero of numeros) expect(text).toContain(formatParcheminNumero(numero!));
    expect(text).toContain("NGUYỄN Thị Lan");
    expect(text).toContain("KOWALSKI Łukasz");
    expect(text).toContain("Fait à Nîmes");
    expect(text).toContain("Code NSF 330t");

    // The candidate's page shows the parchemin and its print.
    await page.goto(`/candidats/${s.candidatIds[0]}`);
    await expect(page.getByRole("heading", { name: "Parchemins" })).toBeVisible();
    await expect(page.getByRole("table", { name: `Impressions du parchemin ${formatParcheminNumero(numeros[0]!)}` })).toContainText("Original");

    // The centre that ran the session sees no parchemin, and the PDF route does not exist for it.
    await page.goto("about:blank");
    await page.context().clearCookies();
    await loginAs(page, await seed.user("centre", { centreId: centre.id }));
    expect((await page.request.get(`/sessions/${s.session.id}/documents/parchemins`)).status()).toBe(404);
    expect((await page.request.get(`/parchemins/${s.parchemins[0]!.id}`)).status()).toBe(404);
  });
});
