"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { zodResolver } from "@hookform/resolvers/zod";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { CommuneCombobox, type CommuneValue } from "@/components/commune-combobox/CommuneCombobox";
import { TextAreaField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { updateUdCommuneAction } from "../actions";

const confirmModal = createModal({ id: "confirmer-commune-ud", isOpenedByDefault: false });

const formSchema = z.object({
  commune: z
    .custom<CommuneValue | null>()
    .refine((v) => v !== null && v !== undefined, { error: "Choisissez la nouvelle commune dans la liste." }),
  reason: z.string().trim().max(500, "500 caractères au plus."),
});
type FormValues = z.input<typeof formSchema>;

type Props = { departement: { code: string; nom: string; udNom: string; version: number } };

/** National users change the place of issue of a UD; a confirmation says what it changes on the parchemins. */
export function UdCommuneForm({ departement }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, setPending] = useState(false);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { commune: null, reason: "" } });
  const commune = form.watch("commune");

  async function confirm() {
    const values = form.getValues();
    setPending(true);
    let result: Awaited<ReturnType<typeof updateUdCommuneAction>>;
    try {
      result = await updateUdCommuneAction({ departementCode: departement.code, communeCode: values.commune?.code, version: departement.version, reason: values.reason });
    } catch {
      result = { ok: false, code: "indisponible", message: "Le service n'a pas pu enregistrer votre demande. Réessayez dans un instant." };
    }
    setPending(false);
    confirmModal.close();
    if (!result.ok) {
      const message = result.fieldErrors?.communeCode?.[0];
      if (message) form.setError("commune", { type: "server", message });
      form.setError("root.server", { type: "server", message: result.message });
      return;
    }
    router.push(`${pathname}?modifie=1`);
    router.refresh();
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(() => confirmModal.open())} aria-labelledby="titre-modifier-ud">
      <h2 id="titre-modifier-ud" className="fr-h5">
        Modifier la commune de l&apos;UD
      </h2>
      <FormAlert form={form} />
      <Controller
        control={form.control}
        name="commune"
        render={({ field, fieldState }) => (
          <CommuneCombobox
            id="commune-ud"
            label="Nouvelle commune de l'UD"
            hint={`Une commune actuelle du département (${departement.nom}). Nom, code postal ou code INSEE.`}
            mode="current"
            departementCode={departement.code}
            value={field.value ?? null}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextAreaField form={form} name="reason" label="Motif (facultatif)" hint="Il sera visible dans l'historique du département." rows={2} maxLength={500} />
      <Button type="submit">Enregistrer la commune de l&apos;UD</Button>
      <confirmModal.Component
        title={`Changer le lieu de délivrance de l'${departement.udNom} ?`}
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: pending ? "Enregistrement…" : "Confirmer", doClosesModal: false, onClick: confirm, disabled: pending },
        ]}
      >
        <p>
          Les parchemins des sessions validées par cette UD à partir de maintenant porteront la commune{" "}
          <strong>{commune?.label ?? "choisie"}</strong> comme lieu de délivrance. Les parchemins déjà délivrés ne changent pas.
        </p>
      </confirmModal.Component>
    </form>
  );
}
