import { expect, loginAs, test } from "./support/fixtures";

// What app/globals.css must show in the browser: a stylesheet that does not parse loses its rules silently.
test.describe("feuille de style", () => {
  test("au clavier, l'option active de la liste des communes est mise en évidence, sans puces", async ({ page, seed }) => {
    await loginAs(page, await seed.user("centre"));
    await page.goto("/referentiels/communes");
    const field = page.getByRole("combobox", { name: /^Commune Nom/ });
    await field.focus();
    await page.keyboard.type("saint-étienne", { delay: 40 });
    const options = page.getByRole("option");
    await expect(options.nth(1)).toBeVisible();
    await expect(page.getByRole("listbox")).toHaveCSS("list-style-type", "none");
    await expect(page.getByRole("listbox")).toHaveCSS("position", "absolute");

    await page.keyboard.press("ArrowDown");
    const active = options.first();
    await expect(active).toHaveAttribute("aria-selected", "true");
    const look = (i: number) =>
      options.nth(i).evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, boxShadow: style.boxShadow };
      });
    const [on, off] = [await look(0), await look(1)];
    expect(on.background, "fond de l'option active").not.toBe("rgba(0, 0, 0, 0)");
    expect(on.background).not.toBe(off.background);
    expect(on.boxShadow, "barre à gauche de l'option active").toContain("inset");
    expect(off.boxShadow).toBe("none");
  });
});
