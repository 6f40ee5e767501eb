"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { RadioGroupField, TextAreaField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { formatIsoDate } from "@/lib/dates";
import { decideAgrementSchema } from "@/lib/agrements/schemas";
import { decideAgrementAction } from "../../actions";

export function DecisionForm({ id, version, today, finDeVie }: { id: string; version: number; today: string; finDeVie: string | null }) {
  const router = useRouter();
  const { form, submit } = useActionForm(decideAgrementSchema, {
    defaultValues: { decision: "accepter", id, version, dateDecision: today, validFrom: today, validTo: finDeVie ?? "" },
  });
  const decision = form.watch("decision");
  const onSubmit = submit(decideAgrementAction, () => router.refresh());
  return (
    <section className="fr-p-3w fr-background-alt--grey fr-mb-4w" aria-labelledby="titre-decision">
      <h2 id="titre-decision" className="fr-h5">
        Décision
      </h2>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert form={form} />
        <RadioGroupField
          form={form}
          name="decision"
          legend="Décision du préfet de région"
          orientation="horizontal"
          options={[
            { value: "accepter", label: "Accepter" },
            { value: "refuser", label: "Refuser" },
          ]}
        />
        <TextField form={form} name="dateDecision" type="date" label="Date de la décision" />
        {decision === "accepter" ? (
          <>
            <TextField form={form} name="validFrom" type="date" label="Valide à partir du" />
            <TextField
              form={form}
              name="validTo"
              type="date"
              label="Valide jusqu'au"
              hint={finDeVie ? `Au plus tard la fin de vie de la version : ${formatIsoDate(finDeVie)}.` : "La fin de vie de la version n'est pas renseignée."}
            />
          </>
        ) : (
          <TextAreaField form={form} name="motif" label="Motif du refus" hint="Il est communiqué au centre." rows={2} />
        )}
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {decision === "accepter" ? "Accepter la demande" : "Refuser la demande"}
        </Button>
      </form>
    </section>
  );
}
