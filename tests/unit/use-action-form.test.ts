import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { useActionForm } from "@/components/form/use-action-form";
import { fail, ok, type Result } from "@/lib/result";

// The same shape as the domain schemas: strings in, "" becomes null out, a coerced lock version.
const schema = z.object({
  nom: z.string().trim().min(1, "Le nom est obligatoire."),
  courriel: z
    .string()
    .trim()
    .transform((v) => (v ? v : null)),
  version: z.coerce.number().int().positive(),
});
type Input = z.input<typeof schema>;

/** Runs the hook once (server render: no DOM needed) and hands back what it returned. */
function mount(defaultValues: Input) {
  let handle: ReturnType<typeof useActionForm<typeof schema>> | undefined;
  function Probe() {
    handle = useActionForm(schema, { defaultValues });
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  if (!handle) throw new Error("le formulaire n'a pas été monté");
  return handle;
}

const errorOf = (form: ReturnType<typeof mount>["form"], name: "nom" | "courriel" | "version") => form.getFieldState(name).error?.message;

describe("useActionForm", () => {
  test("envoie les champs tels que saisis à l'action et transmet sa réponse", async () => {
    const { form, submit } = mount({ nom: "  Nguyễn Ørsted ", courriel: "", version: "3" });
    const received: unknown[] = [];
    const done: string[] = [];
    await submit(
      async (values) => {
        received.push(values);
        return ok({ id: "c-1" });
      },
      (data) => done.push(data.id),
    )();
    // The action parses the input again: it gets "" and "3", not the schema's null and 3.
    expect(received).toEqual([{ nom: "  Nguyễn Ørsted ", courriel: "", version: "3" }]);
    expect(done).toEqual(["c-1"]);
    expect(form.control._formState.errors).toEqual({});
  });

  test("n'appelle pas l'action quand le schéma refuse, et signale le champ", async () => {
    const { form, submit } = mount({ nom: "   ", courriel: "", version: "1" });
    let calls = 0;
    await submit(async () => {
      calls++;
      return ok();
    })();
    expect(calls).toBe(0);
    expect(errorOf(form, "nom")).toBe("Le nom est obligatoire.");
  });

  test("remet le refus du serveur sur le formulaire : erreurs par champ et message général", async () => {
    const { form, submit } = mount({ nom: "Centre Ørsted", courriel: "x@y.fr", version: "2" });
    let succeeded = false;
    await submit(
      async (): Promise<Result<{ id: string }>> => fail("invalide", "Le formulaire contient des erreurs.", { courriel: ["Adresse déjà utilisée.", "second message ignoré"] }),
      () => (succeeded = true),
    )();
    expect(succeeded).toBe(false);
    expect(errorOf(form, "courriel")).toBe("Adresse déjà utilisée.");
    expect(form.control._formState.errors.root?.server?.message).toBe("Le formulaire contient des erreurs.");
  });

  test("une action injoignable devient un refus « indisponible » lisible", async () => {
    const { form, submit } = mount({ nom: "Centre", courriel: "", version: "1" });
    await submit(async (): Promise<Result> => {
      throw new TypeError("Failed to fetch");
    })();
    expect(form.control._formState.errors.root?.server?.message).toMatch(/n'a pas pu enregistrer/);
  });
});

// Type-level checks: `npx tsc --noEmit` fails if one of these lines compiles.
export function typeChecks() {
  function Probe() {
    // @ts-expect-error a field that the schema does not have
    useActionForm(schema, { defaultValues: { nom: "", inconnu: "" } });
    // @ts-expect-error a default of the wrong type (nom is a string)
    useActionForm(schema, { defaultValues: { nom: 42 } });
    // @ts-expect-error the resolver comes from the schema
    useActionForm(schema, { resolver: () => ({ values: {}, errors: {} }) });
    const { submit, form } = useActionForm(schema, { defaultValues: { nom: "", courriel: "", version: "1" } });
    // @ts-expect-error the action receives the form's input, not another shape
    submit(async (input: { id: number }) => ok(input.id));
    // @ts-expect-error an action typed with the schema's output: it would get version as typed, not a number
    submit(async (input: z.output<typeof schema>) => ok(input.version));
    // @ts-expect-error onSuccess gets the action's data
    submit(async () => ok({ id: "x" }), (data: { id: number }) => data);
    // @ts-expect-error a field name that does not exist
    form.setValue("inconnu", "x");
    // An action that accepts anything (the server actions take `unknown` and parse) is fine.
    submit(async (input: unknown) => ok(input));
    return null;
  }
  return Probe;
}
