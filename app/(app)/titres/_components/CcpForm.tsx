"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { submitToAction } from "@/components/form/submit-action";
import { ccpSchema } from "@/lib/titres/schemas";
import { createCcpAction, updateCcpAction } from "../actions";

type Values = { numero: string; libelle: string };

type Props = {
  titreId: string;
  versionId: string;
  /** The version's lock counter: the CCP list is part of the version. */
  version: number;
  values: Values;
  /** Absent for a new CCP. */
  ccpId?: string;
};

export function CcpForm({ titreId, versionId, version, values: initial, ccpId }: Props) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(ccpSchema) as never, defaultValues: initial, mode: "onSubmit" });

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const ref = { titreId, versionId, version };
    const result = await submitToAction(form, () => (ccpId ? updateCcpAction({ ref: { ...ref, ccpId }, values }) : createCcpAction({ ref, values })));
    if (result.ok) {
      router.push(`/titres/${titreId}?enregistre=ccp#version-${versionId}`);
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="mention-obligatoire">
      <p id="mention-obligatoire" className="fr-hint-text">
        Tous les champs sont obligatoires.
      </p>
      <FormAlert form={form} />
      <TextField form={form} name="numero" label="Numéro" hint="Ordre du CCP dans le titre : 1, 2, 3…" autoComplete="off" />
      <TextField form={form} name="libelle" label="Intitulé du CCP" hint="Par exemple « Accompagner les personnes dans les actes essentiels du quotidien »" autoComplete="off" />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : ccpId ? "Enregistrer le CCP" : "Ajouter le CCP"}
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: `/titres/${titreId}#version-${versionId}` }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
