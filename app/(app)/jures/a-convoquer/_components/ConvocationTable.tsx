"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import { formatIsoDate } from "@/lib/dates";
import type { ConvocationRow } from "@/lib/jures/convocation-query";
import { mentionNaissance, nomPrenoms } from "@/lib/jures/display";
import { reasonLabel, type DateRange } from "@/lib/jures/eligibility";
import type { Result } from "@/lib/result";

type Props = {
  rows: ConvocationRow[];
  total: number;
  eligibles: number;
  page: number;
  pageSize: number;
  sort: string;
  dir: "asc" | "desc";
  session: DateRange;
  /** Agents see the birth date, which tells homonyms apart; centre users never receive it. */
  showBirthDate: boolean;
  /** The CSV export of the list (its criteria come from the page's query string); none on a session's Jury tab. */
  exportHref?: string;
  /** On a session's Jury tab: the server action that convenes the selected jurors to it. */
  convoke?: { sessionId: string; action: (input: { sessionId: string; jureIds: string[] }) => Promise<Result<unknown>>; convened: string[] };
};

type Selected = Map<string, { nom: string; email: string | null }>;

function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="fr-checkbox-group fr-checkbox-group--sm">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label className="fr-label" htmlFor={id}>
        <span className="fr-sr-only">{label}</span>
      </label>
    </div>
  );
}

/** The list of jurors to convene: eligible first (R4), the others with their reasons, eligible ones selectable. */
export function ConvocationTable({ rows, total, eligibles, page, pageSize, sort, dir, session, showBirthDate, exportHref = "/jures/a-convoquer/export", convoke }: Props) {
  // Kept while the user pages through the list: the selection spans pages.
  const [selected, setSelected] = useState<Selected>(new Map());
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  function convene() {
    if (!convoke) return;
    const noms = [...selected.values()].map((s) => s.nom);
    startTransition(async () => {
      let result: Result<unknown>;
      try {
        result = await convoke.action({ sessionId: convoke.sessionId, jureIds: [...selected.keys()] });
      } catch {
        result = { ok: false, code: "indisponible", message: "Le service n'a pas pu enregistrer votre demande. Réessayez dans un instant." };
      }
      if (result.ok) {
        setSelected(new Map());
        setOutcome({ ok: true, message: `Convoqué${noms.length > 1 ? "s" : ""} : ${noms.join(", ")}.` });
        router.refresh();
      } else setOutcome({ ok: false, message: result.message });
    });
  }
  const convened = new Set(convoke?.convened ?? []);
  const selectable = rows.filter((r) => r.eligible && !convened.has(r.id));
  const allOnPage = selectable.length > 0 && selectable.every((r) => selected.has(r.id));

  function toggle(row: ConvocationRow, checked: boolean) {
    setSelected((current) => {
      const next = new Map(current);
      if (checked) next.set(row.id, { nom: nomPrenoms(row), email: row.email });
      else next.delete(row.id);
      return next;
    });
  }

  const columns: DataTableColumn<ConvocationRow>[] = [
      {
        id: "selection",
        enableSorting: false,
        header: () => <Checkbox id="selection-page" label="Sélectionner tous les jurés éligibles de la page" checked={allOnPage} onChange={(c) => selectable.forEach((r) => toggle(r, c))} />,
        cell: ({ row }) =>
          convened.has(row.original.id) ? (
            <Badge severity="info" small noIcon>
              Au jury
            </Badge>
          ) : row.original.eligible ? (
            <Checkbox id={`selection-${row.original.id}`} label={`Sélectionner ${nomPrenoms(row.original)}`} checked={selected.has(row.original.id)} onChange={(c) => toggle(row.original, c)} />
          ) : null,
      },
      {
        id: "nom",
        header: "Nom",
        accessorFn: nomPrenoms,
        cell: ({ row }) => (
          <>
            {nomPrenoms(row.original)}
            {mentionNaissance(row.original) && <span className="fr-text--sm"> ({mentionNaissance(row.original)})</span>}
            {showBirthDate && row.original.dateNaissance && (
              <>
                <br />
                <span className="fr-text--xs">né(e) le {formatIsoDate(row.original.dateNaissance)}</span>
              </>
            )}
          </>
        ),
      },
      {
        id: "statut",
        header: "Éligibilité",
        enableSorting: false,
        accessorFn: (row) => (row.eligible ? "Éligible" : "Non éligible"),
        cell: ({ row }) =>
          convened.has(row.original.id) ? (
            <Badge severity="info" small noIcon>
              Au jury
            </Badge>
          ) : row.original.eligible ? (
            <Badge severity="success" small noIcon>
              Éligible
            </Badge>
          ) : (
            <div className="ceres-multiline">
              <Badge severity="error" small noIcon>
                Non éligible
              </Badge>
              <ul className="fr-text--sm fr-mb-0 ceres-outcome" data-testid="raisons">
                {row.original.raisons.map((r) => (
                  <li key={r}>{reasonLabel(r, { finHabilitation: row.original.finHabilitation, liensActifs: row.original.liensActifs, session })}</li>
                ))}
              </ul>
            </div>
          ),
      },
      { id: "fin", header: "Habilité jusqu'au", enableSorting: false, accessorFn: (row) => (row.finHabilitation ? formatIsoDate(row.finHabilitation) : "—") },
      { id: "commune", header: "Commune de résidence", accessorFn: (row) => (row.communeNom ? `${row.communeNom} (${row.departementCode})` : "—") },
      {
        id: "contact",
        header: "Coordonnées",
        enableSorting: false,
        accessorFn: (row) => row.email ?? "",
        cell: ({ row }) =>
          row.original.email || row.original.telephone ? (
            <>
              {row.original.email && <a href={`mailto:${row.original.email}`}>{row.original.email}</a>}
              {row.original.email && row.original.telephone && <br />}
              {row.original.telephone}
            </>
          ) : (
            "—"
          ),
      },
  ];

  const emails = [...selected.values()].map((s) => s.email).filter((e): e is string => Boolean(e));
  return (
    <>
      {outcome && (
        <div className="fr-mb-2w" data-testid="resultat-convocation">
          <Alert severity={outcome.ok ? "success" : "error"} small description={outcome.message} role={outcome.ok ? "status" : "alert"} />
        </div>
      )}
      <p className="fr-mb-2w" data-testid="compte-eligibles">
        <strong>{eligibles.toLocaleString("fr-FR")}</strong> juré{eligibles > 1 ? "s" : ""} éligible{eligibles > 1 ? "s" : ""} sur {total.toLocaleString("fr-FR")}.
      </p>
      <DataTable
        caption="Jurés à convoquer : les éligibles d'abord, puis les autres avec la raison"
        columns={columns}
        data={rows}
        total={total}
        page={page}
        pageSize={pageSize}
        sort={sort}
        dir={dir}
        getRowId={(row) => row.id}
        exportHref={exportHref}
        actions={
          <>
            <p className="fr-mb-0 fr-mr-2w" role="status" aria-live="polite" data-testid="selection-compte">
              {selected.size === 0 ? "Aucun juré sélectionné" : `${selected.size} juré${selected.size > 1 ? "s" : ""} sélectionné${selected.size > 1 ? "s" : ""}`}
            </p>
            {emails.length > 0 && (
              <a className="fr-btn fr-btn--secondary fr-icon-mail-line" href={`mailto:?bcc=${encodeURIComponent(emails.join(","))}`}>
                Écrire aux jurés sélectionnés
              </a>
            )}
            {convoke && selected.size > 0 && (
              <button type="button" className="fr-btn fr-icon-team-line" onClick={convene} disabled={pending}>
                Convoquer
              </button>
            )}
            {selected.size > 0 && (
              <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => setSelected(new Map())}>
                Vider la sélection
              </button>
            )}
          </>
        }
        emptyState={<p>Aucun juré habilité pour ce titre ne correspond à ces critères.</p>}
      />
    </>
  );
}
