"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { submitToAction, useActionForm } from "@/components/form/use-action-form";
import { roleLabels } from "@/lib/auth/current-user";
import type { TerritoryOptions } from "@/lib/users/queries";
import { createUserSchema, PASSWORD_MIN_LENGTH } from "@/lib/users/schemas";
import { createUserAction, updateUserAction } from "../actions";

type Values = z.input<typeof createUserSchema>;

type Props = {
  territories: TerritoryOptions;
  /** Absent for a creation. */
  existing?: { id: string; version: number; values: Values };
};

export function UserForm({ territories, existing }: Props) {
  const router = useRouter();
  const { form } = useActionForm(createUserSchema, {
    // The same fields in both cases; the server adds the id and version checks of updateUserSchema.
    defaultValues: existing?.values ?? { email: "", prenom: "", nom: "", role: undefined, regionCode: "", departementCode: "", centreSiret: "", password: "" },
    mode: "onTouched",
  });
  const role = form.watch("role");
  const regionCode = form.watch("regionCode");
  const departements = territories.departements.filter((d) => d.regionCode === regionCode);

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await submitToAction(form, () =>
      existing ? updateUserAction({ ...values, id: existing.id, version: existing.version }) : createUserAction(values),
    );
    if (result.ok) {
      router.push(`/utilisateurs/${result.data.id}?${existing ? "modifie" : "cree"}=1`);
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="mention-obligatoire">
      <p id="mention-obligatoire" className="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <FormAlert form={form} />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Identité</legend>
        <div className="fr-fieldset__element">
          <TextField form={form} name="prenom" label="Prénom" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="nom" label="Nom" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField
            form={form}
            name="email"
            type="email"
            label="Adresse électronique"
            hint="Celle de ProConnect pour les agents. Format attendu : prenom.nom@domaine.fr"
            autoComplete="off"
          />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Rôle et périmètre</legend>
        <div className="fr-fieldset__element">
          <SelectField
            form={form}
            name="role"
            label="Rôle"
            options={Object.entries(roleLabels).map(([value, label]) => ({ value, label }))}
          />
        </div>
        {role === "regional" && (
          <>
            <div className="fr-fieldset__element">
              <SelectField
                form={form}
                name="regionCode"
                label="Région de rattachement"
                options={territories.regions.map((r) => ({ value: r.code, label: r.nom }))}
              />
            </div>
            <div className="fr-fieldset__element">
              <SelectField
                form={form}
                name="departementCode"
                label="Unité départementale (facultatif)"
                hint="Pour un agent d'UD / DDETS. Laissez vide pour un agent de la DREETS, qui voit toute la région."
                placeholder={regionCode ? "Aucune : toute la région" : "Choisissez d'abord une région"}
                options={departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
              />
            </div>
          </>
        )}
        {role === "centre" && (
          <div className="fr-fieldset__element">
            <TextField form={form} name="centreSiret" label="SIRET du centre" hint="14 chiffres, sans espace" autoComplete="off" />
          </div>
        )}
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Connexion par mot de passe</legend>
        <div className="fr-fieldset__element">
          <TextField
            form={form}
            name="password"
            type="password"
            autoComplete="new-password"
            label={existing ? "Nouveau mot de passe (facultatif)" : "Mot de passe initial (facultatif)"}
            hint={`${PASSWORD_MIN_LENGTH} caractères au moins. Laissez vide pour un compte qui se connecte uniquement avec ProConnect${existing ? " ou pour garder le mot de passe actuel" : ""}.`}
          />
        </div>
      </fieldset>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : existing ? "Enregistrer les modifications" : "Créer l'utilisateur"}
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: existing ? `/utilisateurs/${existing.id}` : "/utilisateurs" }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
