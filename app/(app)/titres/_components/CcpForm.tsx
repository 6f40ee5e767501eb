"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
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
  const { form, submit } = useActionForm(ccpSchema, { defaultValues: initial, mode: "onSubmit" });

  const ref = { titreId, versionId, version };
  const onSubmit = submit(
    (values) => (ccpId ? updateCcpAction({ ref: { ...ref, ccpId }, values }) : createCcpAction({ ref, values })),
    () => {
      router.push(`/titres/${titreId}?enregistre=ccp#version-${versionId}`);
      router.refresh();
    },
  );

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
