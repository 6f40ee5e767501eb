import { createElement } from "react";
import type { z } from "zod";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { IdentityFields } from "@/components/form/IdentityFields";
import { useActionForm } from "@/components/form/use-action-form";
import { candidatSchema } from "@/lib/candidats/schemas";
import { jureSchema } from "@/lib/jures/schemas";

const empty = { nomNaissance: "", nomUsage: "", prenoms: "", dateNaissance: "", lieuNaissance: "france" as const, naissanceCommuneCode: "", naissancePaysCode: "", naissanceVille: "" };

function renderCandidat() {
  function Form() {
    const { form } = useActionForm(candidatSchema, { defaultValues: empty });
    return createElement(IdentityFields<z.input<typeof candidatSchema>, z.output<typeof candidatSchema>>, { form, prenomsHint: "Tous les prénoms", dateInput: "fr" as const });
  }
  return renderToStaticMarkup(createElement(Form));
}

function renderJure() {
  function Form() {
    const { form } = useActionForm(jureSchema, { defaultValues: { ...empty, residenceCommuneCode: "" } });
    return createElement(IdentityFields<z.input<typeof jureSchema>, z.output<typeof jureSchema>>, { form, prenomsHint: "Dans l'ordre de l'état civil", dateInput: "iso" as const });
  }
  return renderToStaticMarkup(createElement(Form));
}

const controlOf = (html: string, name: string) => new RegExp(`<(?:input|select)\\b[^>]*name="${name}"[^>]*>`).exec(html)?.[0];

describe("champs d'identité partagés par le candidat et le juré", () => {
  test.each([
    ["candidat", renderCandidat],
    ["juré", renderJure],
  ])("le formulaire du %s montre l'identité dans l'ordre de l'état civil, puis le lieu de naissance", (_who, render) => {
    const html = render();
    const labels = ["Identité", "Civilité", "Nom de naissance", "Nom d&#x27;usage (facultatif)", "Prénoms", "Date de naissance"];
    const positions = labels.map((label) => html.indexOf(label));
    for (const [i, position] of positions.entries()) expect(position, labels[i]).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const name of ["civilite", "nomNaissance", "nomUsage", "prenoms", "dateNaissance"]) expect(controlOf(html, name), name).toBeDefined();
  });

  test("le candidat saisit la date au format JJ/MM/AAAA, le juré dans le champ date du navigateur", () => {
    const candidat = renderCandidat();
    expect(candidat).toContain("Format attendu : JJ/MM/AAAA");
    expect(controlOf(candidat, "dateNaissance")).toContain('type="text"');
    expect(candidat).toContain("Tous les prénoms");
    const jure = renderJure();
    expect(jure).not.toContain("Format attendu : JJ/MM/AAAA");
    expect(controlOf(jure, "dateNaissance")).toContain('type="date"');
    expect(jure).toContain("Dans l&#x27;ordre de l&#x27;état civil");
  });
});
