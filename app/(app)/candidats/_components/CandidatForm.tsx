"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { CommuneValue } from "@/components/commune-combobox/CommuneCombobox";
import type { PaysValue } from "@/components/commune-combobox/PaysCombobox";
import { CommuneField } from "@/components/form/CommuneField";
import { TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { emptyIdentity, IdentityFields, type IdentityFormValues } from "@/components/form/IdentityFields";
import { submitToAction, useActionForm } from "@/components/form/use-action-form";
import { parcoursLabels } from "@/lib/candidats/audit";
import type { MatchView } from "@/lib/candidats/match-views";
import { candidatSchema, type CandidatInput } from "@/lib/candidats/schemas";
import { createCandidatAction, inscrireCandidatAction, updateCandidatAction } from "../actions";
import { MatchPanel } from "./MatchPanel";

export type CandidatFormValues = IdentityFormValues & {
  civilite: "Madame" | "Monsieur" | undefined;
  residenceCommuneCode: string;
  adresse: string;
  codePostal: string;
  email: string;
  telephone: string;
};

const empty: CandidatFormValues = {
  civilite: undefined,
  ...emptyIdentity,
  residenceCommuneCode: "",
  adresse: "",
  codePostal: "",
  email: "",
  telephone: "",
};

export type CandidatPlaces = { naissanceCommune: CommuneValue | null; naissancePays: PaysValue | null; residence: CommuneValue | null };

type Props = {
  existing?: { id: string; version: number; values: CandidatFormValues; places: CandidatPlaces };
  /** Creating from a session's "Candidats" tab: the person (new or found) is registered into it. */
  session?: { id: string; numero: string };
};

/**
 * A candidate's record. Before a creation the server runs the R5 check: the same person is offered instead
 * of a new record; close records are shown with their score and reasons, and creating anyway is confirmed.
 */
export function CandidatForm({ existing, session }: Props) {
  const router = useRouter();
  const { form } = useActionForm(candidatSchema, { defaultValues: existing?.values ?? empty, mode: "onSubmit" });
  const [parcours, setParcours] = useState("");
  const [parcoursError, setParcoursError] = useState<string | null>(null);
  const [found, setFound] = useState<{ exact: MatchView | null; proches: MatchView[] } | null>(null);
  const [busy, setBusy] = useState(false);
  // A changed identity is a new question: what was found for the previous one no longer applies.
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name) setFound(null);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  async function inscrire(candidatId: string) {
    if (!session) return;
    if (!parcours) {
      setParcoursError("Choisissez le parcours du candidat.");
      return;
    }
    setBusy(true);
    const result = await submitToAction(form, () => inscrireCandidatAction({ sessionId: session.id, candidatId, parcours }));
    setBusy(false);
    if (result.ok) {
      router.push(`/sessions/${session.id}/candidats?inscrit=1`);
      router.refresh();
    }
  }

  async function send(values: CandidatInput, confirm?: string[]) {
    if (session && !parcours) {
      setParcoursError("Choisissez le parcours du candidat.");
      return;
    }
    setBusy(true);
    if (existing) {
      const result = await submitToAction(form, () => updateCandidatAction({ ...values, id: existing.id, version: existing.version }));
      setBusy(false);
      if (result.ok) {
        router.push(`/candidats/${existing.id}?modifie=1`);
        router.refresh();
      }
      return;
    }
    const result = await submitToAction(form, () => createCandidatAction({ ...values, confirmeMalgreProches: confirm !== undefined, prochesVus: confirm ?? [] }));
    setBusy(false);
    if (!result.ok) return;
    const outcome = result.data;
    if (outcome.statut === "existant") setFound({ exact: outcome.match, proches: [] });
    else if (outcome.statut === "proches") setFound({ exact: null, proches: outcome.proches });
    else if (session) await inscrire(outcome.id);
    else {
      router.push(`/candidats/${outcome.id}?cree=1`);
      router.refresh();
    }
  }

  const onSubmit = form.handleSubmit(() => send(form.getValues()));

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="mention-obligatoire">
      <p id="mention-obligatoire" className="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <FormAlert form={form} />
      {session && (
        <Select
          label={`Parcours pour la session n° ${session.numero}`}
          state={parcoursError ? "error" : "default"}
          stateRelatedMessage={parcoursError ?? undefined}
          nativeSelectProps={{
            name: "parcours",
            value: parcours,
            onChange: (e) => {
              setParcours(e.target.value);
              setParcoursError(null);
            },
          }}
        >
          <option value="">Choisissez</option>
          {Object.entries(parcoursLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      )}
      <IdentityFields form={form} initial={existing?.places} prenomsHint="Tous les prénoms, dans l'ordre de l'état civil, séparés par des espaces ou des virgules" dateInput="fr" />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Résidence et coordonnées (facultatif)</legend>
        <div className="fr-fieldset__element">
          <TextField form={form} name="adresse" label="Adresse" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="codePostal" label="Code postal" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <CommuneField form={form} name="residenceCommuneCode" label="Commune de résidence" hint="Une commune actuelle (nom, code postal ou code INSEE)" initial={existing?.places.residence ?? null} />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="email" type="email" label="Adresse électronique" hint="Format attendu : prenom.nom@domaine.fr" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="telephone" type="tel" label="Téléphone" hint="Par exemple 06 12 34 56 78" autoComplete="off" />
        </div>
      </fieldset>
      {found ? (
        <MatchPanel exact={found.exact} proches={found.proches} busy={busy} onInscrire={session ? inscrire : undefined} onCreerQuandMeme={() => send(form.getValues(), found.proches.map((p) => p.id))} />
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit" disabled={busy}>
              {busy ? "Vérification…" : existing ? "Enregistrer les modifications" : session ? "Vérifier et inscrire" : "Vérifier et créer la fiche"}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ href: existing ? `/candidats/${existing.id}` : session ? `/sessions/${session.id}/candidats` : "/candidats" }}>
              Annuler
            </Button>
          </li>
        </ul>
      )}
    </form>
  );
}
