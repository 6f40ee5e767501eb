"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { z } from "zod";
import { FormAlert } from "@/components/form/FormAlert";
import { RadioGroupField } from "@/components/form/fields";
import { submitToAction, useActionForm } from "@/components/form/use-action-form";
import { parcoursLabels } from "@/lib/candidats/audit";
import { nomComplet } from "@/lib/candidats/display";
import { defaultMergeChoices, differingFields, mergeFieldNames, mergeFields, type MergeChoices, type MergeField } from "@/lib/candidats/merge/fields";
import type { DoublonDetail, DoublonRecord } from "@/lib/candidats/merge/queries";
import { formatIsoDate } from "@/lib/dates";
import { decisionLabels } from "@/lib/resultats/coherence";
import { ecarterDoublonAction, mergeCandidatsAction } from "../actions";

const side = z.enum(["a", "b"]);
const formSchema = z.object({ survivant: side, ...Object.fromEntries(mergeFieldNames.map((f) => [f, side.optional()])) }) as z.ZodObject<
  { survivant: typeof side } & Record<MergeField, z.ZodOptional<typeof side>>
>;

const confirmModal = createModal({ id: "confirmer-fusion", isOpenedByDefault: false });
const ecartModal = createModal({ id: "confirmer-ecart", isOpenedByDefault: false });

/** A field of a record as the agent reads it. */
function shown(r: DoublonRecord, field: MergeField): string {
  switch (field) {
    case "dateNaissance":
      return formatIsoDate(r.dateNaissance);
    case "lieuNaissance":
      return r.naissanceCommuneNom ? `${r.naissanceCommuneNom} (${r.naissanceCommuneCode})` : `${r.naissanceVille ?? "—"}, ${r.naissancePaysNom ?? r.naissancePaysCode ?? ""}`;
    case "residence":
      return [r.adresse, [r.codePostal, r.residenceCommuneNom].filter(Boolean).join(" ")].filter(Boolean).join(", ") || "—";
    default:
      return (r[field] as string | null) ?? "—";
  }
}

/** What hangs off an inscription and moves with it, read-only. */
function suitesOf(i: DoublonDetail["inscriptions"][number]): string {
  const parts = [
    i.decision ? `Résultat : ${decisionLabels[i.decision]}` : "Pas encore de résultat",
    `${i.ccpsAcquis} CCP acquis`,
    i.livretDelivreLe ? `livret délivré le ${formatIsoDate(i.livretDelivreLe)}` : null,
    i.parchemin ? (i.parchemin.numero ? `parchemin n° ${i.parchemin.numero}` : "parchemin (pas encore numéroté)") : null,
  ];
  return parts.filter(Boolean).join(" · ");
}

function resultsSummary(doublon: DoublonDetail, candidatId: string): string {
  const own = doublon.inscriptions.filter((i) => i.candidatId === candidatId);
  return `${own.filter((i) => i.decision).length} résultat(s), ${own.filter((i) => i.parchemin).length} parchemin(s)`;
}

export function MergeForm({ doublon }: { doublon: DoublonDetail }) {
  const router = useRouter();
  const { a, b } = doublon;
  const differ = differingFields(a, b);
  /** The side each differing field proposes when `kept` is the record kept (see defaultMergeChoices). */
  const proposed = (kept: "a" | "b") => {
    const choices = kept === "a" ? defaultMergeChoices(a, b) : defaultMergeChoices(b, a);
    return Object.fromEntries(differ.map((f) => [f, choices[f] === "fusionne" ? (kept === "a" ? "b" : "a") : kept])) as Record<MergeField, "a" | "b">;
  };
  const { form } = useActionForm(formSchema, { defaultValues: { survivant: "a", ...proposed("a") } });
  const [pending, startTransition] = useTransition();
  const [ecartError, setEcartError] = useState<string | null>(null);
  const survivant = form.watch("survivant");
  const [keep, merged] = survivant === "b" ? [b, a] : [a, b];
  // Choosing the other record to keep moves every field the agent has not chosen by hand to that record's value.
  useEffect(() => {
    const next = proposed(survivant);
    for (const f of differ) if (!form.getFieldState(f).isDirty) form.setValue(f, next[f]);
  }, [survivant]);
  const moving = doublon.inscriptions.filter((i) => i.candidatId === merged.id);

  function merge() {
    startTransition(async () => {
      const values = form.getValues();
      const choix: MergeChoices = Object.fromEntries(differ.map((f) => [f, values[f] === values.survivant ? "survivant" : "fusionne"]));
      const result = await submitToAction(form, () =>
        mergeCandidatsAction({ survivantId: keep.id, fusionneId: merged.id, versionSurvivant: keep.version, versionFusionne: merged.version, choix }),
      );
      confirmModal.close();
      if (result.ok) router.push(`/candidats/${result.data.survivantId}?fusion=${result.data.fusionId}`);
    });
  }

  function ecarter() {
    startTransition(async () => {
      const result = await ecarterDoublonAction({ doublonId: doublon.id });
      ecartModal.close();
      if (!result.ok) setEcartError(result.message);
      else router.push("/candidats/doublons");
    });
  }

  const label = (r: DoublonRecord, letter: string) => `Fiche ${letter} — ${nomComplet(r)}`;
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <FormAlert form={form} />
      {ecartError && <Alert severity="error" small description={ecartError} className="fr-mb-3w" role="alert" />}
      <div className="fr-table fr-table--bordered">
        <table>
          <caption>Les deux fiches, champ par champ</caption>
          <thead>
            <tr>
              <th scope="col">Champ</th>
              <th scope="col">Fiche A</th>
              <th scope="col">Fiche B</th>
            </tr>
          </thead>
          <tbody>
            {mergeFieldNames.map((f) => (
              <tr key={f}>
                <th scope="row">{mergeFields[f].label}</th>
                <td>{shown(a, f)}</td>
                <td>{shown(b, f)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Inscriptions</th>
              <td>{doublon.inscriptions.filter((i) => i.candidatId === a.id).length}</td>
              <td>{doublon.inscriptions.filter((i) => i.candidatId === b.id).length}</td>
            </tr>
            <tr>
              <th scope="row">Résultats / parchemins</th>
              <td>{resultsSummary(doublon, a.id)}</td>
              <td>{resultsSummary(doublon, b.id)}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <RadioGroupField form={form} name="survivant" legend="Fiche conservée (l'autre deviendra un renvoi vers elle)" orientation="horizontal" options={[{ value: "a", label: label(a, "A") }, { value: "b", label: label(b, "B") }]} />

      {differ.length > 0 && (
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">Valeur à garder pour chaque champ qui diffère</legend>
          {differ.map((f) => (
            <div className="fr-fieldset__element" key={f}>
              <RadioGroupField form={form} name={f} legend={mergeFields[f].label} orientation="horizontal" options={[{ value: "a", label: `A : ${shown(a, f)}` }, { value: "b", label: `B : ${shown(b, f)}` }]} />
            </div>
          ))}
        </fieldset>
      )}

      <h2 className="fr-h4">Ce qui passe sur la fiche conservée</h2>
      {moving.length === 0 ? (
        <p>La fiche fusionnée n&apos;a aucune inscription : rien ne sera déplacé.</p>
      ) : (
        <ul>
          {moving.map((i) => (
            <li key={i.inscriptionId}>
              Inscription à la session {i.numero} ({i.titreCode} {i.titreIntitule}, {formatIsoDate(i.dateDebut)}) — {parcoursLabels[i.parcours]}
              <br />
              <span className="fr-text--sm">{suitesOf(i)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="fr-text--sm">
        Les résultats, les CCP acquis, les livrets et les parchemins sont rattachés aux inscriptions : ils passent avec elles sur la fiche conservée, sans
        changer (un parchemin garde son numéro).
      </p>

      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="button" onClick={() => confirmModal.open()} disabled={pending}>
            Fusionner
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={() => ecartModal.open()} disabled={pending}>
            Pas un doublon
          </Button>
        </li>
      </ul>

      <confirmModal.Component
        title="Fusionner ces deux fiches ?"
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: pending ? "Fusion…" : "Confirmer la fusion", doClosesModal: false, onClick: merge, disabled: pending },
        ]}
      >
        <p>
          La fiche {nomComplet(keep)} est conservée avec les valeurs choisies ; la fiche {nomComplet(merged)} devient un renvoi vers elle
          {moving.length ? ` et ses ${moving.length} inscription(s) passent sur la fiche conservée, avec leurs résultats et parchemins` : ""}. La fusion figure dans l&apos;historique des deux
          fiches et peut être annulée tant que rien n&apos;a changé depuis.
        </p>
      </confirmModal.Component>
      <ecartModal.Component
        title="Ces fiches ne sont pas un doublon ?"
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: "Confirmer : pas un doublon", doClosesModal: false, onClick: ecarter, disabled: pending },
        ]}
      >
        <p>Cette paire ne sera plus jamais proposée, même par une nouvelle analyse. Le choix figure dans l&apos;historique des deux fiches.</p>
      </ecartModal.Component>
    </form>
  );
}
