"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import type { CentreDetail } from "@/lib/centres/queries";
import { representantSchema } from "@/lib/centres/schemas";
import { updateRepresentantAction } from "../../actions";

/** The civilities the schema knows: a stored value outside them shows as « Non renseignée ». */
const civilites = ["Madame", "Monsieur"] as const;

export function RepresentantBlock({ centre, canEdit }: { centre: CentreDetail; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const router = useRouter();
  const { form, submit } = useActionForm(representantSchema, {
    defaultValues: {
      id: centre.id,
      version: centre.version,
      civilite: civilites.find((c) => c === centre.representantCivilite) ?? "",
      nom: centre.representantNom ?? "",
      prenom: centre.representantPrenom ?? "",
      fonction: centre.representantFonction ?? "",
      email: centre.representantEmail ?? "",
      telephone: centre.representantTelephone ?? "",
    },
  });
  const onSubmit = submit(updateRepresentantAction, () => {
    setEditing(false);
    router.refresh();
  });
  const name = [centre.representantCivilite, centre.representantPrenom, centre.representantNom].filter(Boolean).join(" ");

  return (
    <section aria-labelledby="titre-representant" className="fr-mb-4w">
      <h2 id="titre-representant" className="fr-h5">
        Représentant du centre{" "}
        {canEdit && !editing && (
          <Button priority="tertiary" size="small" onClick={() => setEditing(true)}>
            Modifier
          </Button>
        )}
      </h2>
      {!editing ? (
        name ? (
          <p data-testid="representant">
            {name}
            {centre.representantFonction && <>, {centre.representantFonction}</>}
            <br />
            {centre.representantEmail ?? "Adresse électronique non renseignée"} — {centre.representantTelephone ?? "téléphone non renseigné"}
          </p>
        ) : (
          <p>Représentant à saisir.</p>
        )
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <FormAlert form={form} />
          <SelectField form={form} name="civilite" label="Civilité (facultatif)" placeholder="Non renseignée" options={[{ value: "Madame", label: "Madame" }, { value: "Monsieur", label: "Monsieur" }]} />
          <TextField form={form} name="prenom" label="Prénom" />
          <TextField form={form} name="nom" label="Nom" />
          <TextField form={form} name="fonction" label="Fonction (facultatif)" />
          <TextField form={form} name="email" type="email" label="Adresse électronique (facultatif)" />
          <TextField form={form} name="telephone" type="tel" label="Téléphone (facultatif)" hint="Par exemple 04 66 00 00 00" />
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button type="submit" disabled={form.formState.isSubmitting}>
                Enregistrer
              </Button>
            </li>
            <li>
              <Button priority="secondary" type="button" onClick={() => { form.reset(); setEditing(false); }}>
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      )}
    </section>
  );
}
