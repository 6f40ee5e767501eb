"use client";

import { rowSortingFeature, tableFeatures, useTable, type ColumnDef, type RowData, type SortingState } from "@tanstack/react-table";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, type ReactNode } from "react";
import { PAGE_SIZES, withParams } from "@/lib/table/list-params";
import { Pager } from "./Pager";

export const dataTableFeatures = tableFeatures({ rowSortingFeature });
export type DataTableColumn<TData extends RowData> = ColumnDef<typeof dataTableFeatures, TData>;

export type DataTableProps<TData extends RowData> = {
  /** Announced by screen readers; also the title above the table. */
  caption: string;
  columns: DataTableColumn<TData>[];
  data: TData[];
  total: number;
  /** The count stopped at `total` (a capped count): the list holds more rows, shown as « plus de … ». */
  totalIsLowerBound?: boolean;
  page: number;
  pageSize: number;
  sort: string;
  dir: "asc" | "desc";
  getRowId: (row: TData) => string;
  emptyState: ReactNode;
  /** Link to the CSV export of the whole filtered list (the query string is appended). */
  exportHref?: string;
  actions?: ReactNode;
};

/**
 * The one list of CERES: rows come already sorted, filtered and paginated by the server; sort, page and
 * filters live in the URL, so every state of a list is a link (back button, bookmarks, sharing).
 */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  const { caption, columns, data, total, totalIsLowerBound = false, page, pageSize, sort, dir, getRowId, emptyState, exportHref, actions } = props;
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const sorting = useMemo<SortingState>(() => [{ id: sort, desc: dir === "desc" }], [sort, dir]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    manualSorting: true,
    state: { sorting },
  });

  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const href = (changes: Record<string, string | number | undefined>) => `${pathname}${withParams(query, changes)}`;

  return (
    <div>
      <div className="ceres-table-toolbar fr-mb-2w">
        <p className="fr-mb-0" role="status" aria-live="polite" data-testid="table-compte">
          {total === 0
            ? "Aucun résultat"
            : `${first.toLocaleString("fr-FR")}–${last.toLocaleString("fr-FR")} sur ${totalIsLowerBound ? "plus de " : ""}${total.toLocaleString("fr-FR")} résultat${total > 1 ? "s" : ""}`}
        </p>
        <div className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
          {actions}
          {exportHref && total > 0 && (
            <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`${exportHref}${withParams(query, { page: undefined, taille: undefined })}`} download>
              Exporter en CSV ({totalIsLowerBound ? "plus de " : ""}
              {total.toLocaleString("fr-FR")} ligne{total > 1 ? "s" : ""})
            </a>
          )}
        </div>
      </div>

      <div className="fr-table fr-table--no-caption">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>{caption}</caption>
                <thead>
                  {table.getHeaderGroups().map((group) => (
                    <tr key={group.id}>
                      {group.headers.map((header) => {
                        const sorted = header.column.getIsSorted();
                        const canSort = header.column.getCanSort();
                        return (
                          <th
                            key={header.id}
                            scope="col"
                            aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                          >
                            {header.isPlaceholder ? null : canSort ? (
                              <Link
                                className="ceres-sort-link fr-link"
                                href={href({ tri: header.column.id, ordre: sorted === "asc" ? "desc" : "asc", page: undefined })}
                                scroll={false}
                              >
                                <table.FlexRender header={header} />
                                <span
                                  aria-hidden="true"
                                  className={sorted === "asc" ? "fr-icon-arrow-up-s-line fr-icon--sm" : sorted === "desc" ? "fr-icon-arrow-down-s-line fr-icon--sm" : "fr-icon-arrow-up-down-line fr-icon--sm"}
                                />
                                <span className="fr-sr-only">
                                  {sorted === "asc" ? " (trié par ordre croissant, activer pour trier par ordre décroissant)" : sorted === "desc" ? " (trié par ordre décroissant, activer pour trier par ordre croissant)" : " (activer pour trier)"}
                                </span>
                              </Link>
                            ) : (
                              <table.FlexRender header={header} />
                            )}
                          </th>
                        );
                      })}
                    </tr>
                  ))}
                </thead>
                <tbody>
                  {table.getRowModel().rows.map((row) => (
                    <tr key={row.id} data-row-key={row.id}>
                      {row.getAllCells().map((cell) => (
                        <td key={cell.id}>
                          <table.FlexRender cell={cell} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      {total === 0 && <div className="fr-py-4w">{emptyState}</div>}

      {total > 0 && (
        <div className="ceres-table-toolbar fr-mt-2w">
          {pageCount > 1 ? <Pager page={page} pageCount={pageCount} href={(n) => href({ page: n })} /> : <span />}
          <nav aria-label="Nombre de lignes par page" className="fr-text--sm">
            Lignes par page :{" "}
            {PAGE_SIZES.map((size) =>
              size === pageSize ? (
                <strong key={size} className="fr-mx-1w" aria-current="true">
                  {size}
                </strong>
              ) : (
                <Link key={size} className="fr-link fr-mx-1w" href={href({ taille: size, page: undefined })}>
                  {size}
                </Link>
              ),
            )}
          </nav>
        </div>
      )}
    </div>
  );
}
