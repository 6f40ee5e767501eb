"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { SelectField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import type { SessionPlanning } from "@/lib/sessions/defaults";
import { createSessionSchema } from "@/lib/sessions/schemas";
import { PlanningFields } from "../_components/PlanningFields";
import { createSessionAction } from "../actions";

type VersionOption = { id: string; label: string; sites: { id: string; label: string; enProlongation: boolean }[]; ccps: { id: string; label: string }[] };

export function SessionCreateForm({ centreId, versions, defaults }: { centreId: string; versions: VersionOption[]; defaults: SessionPlanning }) {
  const router = useRouter();
  const only = versions.length === 1 ? versions[0]! : null;
  const { form, submit } = useActionForm(createSessionSchema, {
    defaultValues: {
      centreId,
      titreVersionId: only?.id ?? "",
      siteId: only?.sites.length === 1 ? only.sites[0]!.id : "",
      ...defaults,
      capacite: 12,
      type: "titre",
      ccpIds: [],
    },
  });
  const versionId = form.watch("titreVersionId");
  const version = versions.find((v) => v.id === versionId);
  useEffect(() => {
    const sites = versions.find((v) => v.id === versionId)?.sites ?? [];
    if (!sites.some((s) => s.id === form.getValues("siteId"))) form.setValue("siteId", sites.length === 1 ? sites[0]!.id : "");
    form.setValue("ccpIds", []);
  }, [form, versionId, versions]);
  const onSubmit = submit(createSessionAction, (data) => {
    router.push(`/sessions/${data.id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <FormAlert form={form} />
      <SelectField form={form} name="titreVersionId" label="Titre et version" options={versions.map((v) => ({ value: v.id, label: v.label }))} placeholder="Choisissez le titre" />
      <SelectField
        form={form}
        name="siteId"
        label="Site"
        hint={version ? "Les sites où l'agrément permet d'ouvrir cette session." : "Choisissez d'abord le titre."}
        options={(version?.sites ?? []).map((s) => ({ value: s.id, label: s.enProlongation ? `${s.label} — prolongation du titre` : s.label }))}
        placeholder="Choisissez le site"
      />
      <PlanningFields form={form} ccps={version?.ccps ?? []} />
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Création…" : "Créer la session (brouillon)"}
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: "/sessions" }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
