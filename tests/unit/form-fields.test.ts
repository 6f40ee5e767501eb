import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { FieldErrors } from "react-hook-form";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { CheckboxField, CheckboxGroupField, RadioGroupField, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";

const schema = z.object({
  motif: z.string().trim().min(5, "Indiquez le motif."),
  accord: z.boolean().refine((v) => v, "Cochez la case pour continuer."),
  decision: z.enum(["accepter", "refuser"], { error: "Choisissez une décision." }),
  reseaux: z.array(z.enum(["GRETA", "AFPA", "Chambres consulaires"], { error: "Réseau inconnu." })),
});
type Input = z.input<typeof schema>;

const reseaux = [
  { value: "GRETA", label: "GRETA" },
  { value: "AFPA", label: "AFPA" },
  { value: "Chambres consulaires", label: "Chambres consulaires", hint: "CCI, CMA, chambres d'agriculture" },
];

/** Server-renders the four fields of one form, with the given errors already on it (as after a refused submit). */
function render(errors?: FieldErrors<Input>, defaults: Partial<Input> = {}) {
  function Form() {
    const { form } = useActionForm(schema, { defaultValues: { motif: "Nguyễn n'a pas répondu", accord: false, reseaux: ["AFPA"], ...defaults }, errors });
    return createElement(
      Fragment,
      null,
      createElement(TextAreaField<Input, z.output<typeof schema>>, { form, name: "motif", label: "Motif du refus", hint: "Il est communiqué au centre." }),
      createElement(CheckboxField<Input, z.output<typeof schema>>, { form, name: "accord", label: "J'ai vérifié les pièces" }),
      createElement(RadioGroupField<Input, z.output<typeof schema>>, { form, name: "decision", legend: "Décision", options: [{ value: "accepter", label: "Accepter" }, { value: "refuser", label: "Refuser" }] }),
      createElement(CheckboxGroupField<Input, z.output<typeof schema>>, { form, name: "reseaux", legend: "Réseaux (facultatif)", options: reseaux }),
    );
  }
  const html = renderToStaticMarkup(createElement(Form));
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
  const references = [...html.matchAll(/aria-(?:describedby|labelledby)="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean));
  const controls = [...html.matchAll(/<(?:input|textarea)\b[^>]*>/g)].map((m) => m[0]);
  return { html, ids, references, controls };
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const allErrors: FieldErrors<Input> = {
  motif: { type: "too_small", message: "Indiquez le motif." },
  accord: { type: "custom", message: "Cochez la case pour continuer." },
  decision: { type: "invalid_value", message: "Choisissez une décision." },
  // zod puts an array item's error at reseaux.1: the group shows it under its legend.
  reseaux: [undefined, { type: "invalid_value", message: "Réseau inconnu." }] as unknown as FieldErrors<Input>["reseaux"],
};

describe("champs du kit de formulaire", () => {
  test.each([
    ["sans erreur", undefined],
    ["avec des erreurs", allErrors],
  ])("%s, chaque aria-describedby et aria-labelledby désigne un élément qui existe, chaque champ a son libellé", (_label, errors) => {
    const { ids, references, controls, html } = render(errors);
    expect(references.length).toBeGreaterThan(0);
    for (const id of references) expect(ids.has(id), `id « ${id} » absent de la page`).toBe(true);
    expect(controls).toHaveLength(1 + 1 + 2 + 3);
    for (const control of controls) {
      const id = attribute(control, "id");
      expect(id, control).toBeTruthy();
      expect(html).toContain(`for="${id}"`);
    }
  });

  test("les messages d'erreur s'affichent, et chaque champ en erreur est marqué invalide et relié à son message", () => {
    const { html, controls } = render(allErrors);
    for (const message of ["Indiquez le motif.", "Cochez la case pour continuer.", "Choisissez une décision.", "Réseau inconnu."]) expect(html).toContain(message);
    for (const control of controls) {
      expect(attribute(control, "aria-invalid"), control).toBe("true");
      const describedBy = attribute(control, "aria-describedby") ?? "";
      const message = describedBy.split(/\s+/).find((id) => id.endsWith("-desc-error"));
      expect(message, control).toBeTruthy();
      expect(html).toMatch(new RegExp(`<p id="${message!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>[^<]+</p>`));
    }
  });

  test("sans erreur, aucun champ n'est marqué invalide", () => {
    const { controls } = render();
    for (const control of controls) expect(attribute(control, "aria-invalid"), control).toBeUndefined();
  });

  test("les groupes sont des fieldsets dont la légende est la question, les boutons radio partagent le nom du champ", () => {
    const { html, controls } = render();
    expect(html).toMatch(/<fieldset[^>]*>\s*<legend[^>]*>Décision<\/legend>/);
    expect(html).toMatch(/<fieldset[^>]*>\s*<legend[^>]*>Réseaux \(facultatif\)<\/legend>/);
    const radios = controls.filter((c) => attribute(c, "type") === "radio");
    expect(radios.map((r) => [attribute(r, "name"), attribute(r, "value")])).toEqual([
      ["decision", "accepter"],
      ["decision", "refuser"],
    ]);
    // The single box stands alone, without a fieldset of its own.
    expect(html.match(/<fieldset/g)).toHaveLength(2);
  });

  test("le groupe de cases montre cochées les valeurs du champ, avec l'indication de chaque option", () => {
    const { controls, html } = render(undefined, { reseaux: ["GRETA", "Chambres consulaires"] });
    const boxes = controls.filter((c) => attribute(c, "name") === "reseaux");
    expect(boxes.map((b) => [attribute(b, "value"), /\schecked=""/.test(b)])).toEqual([
      ["GRETA", true],
      ["AFPA", false],
      ["Chambres consulaires", true],
    ]);
    expect(html).toContain("CCI, CMA, chambres d&#x27;agriculture");
  });
});
