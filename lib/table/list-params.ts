/**
 * The state of a server-side list, read from the URL so that a list can be bookmarked, shared and
 * reloaded: `page`, `taille`, `tri`, `ordre`, then one key per filter.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export type ListParams<S extends string, F extends string> = {
  page: number;
  pageSize: number;
  sort: S;
  dir: "asc" | "desc";
  filters: Partial<Record<F, string>>;
};

export type ListSpec<S extends string, F extends string> = {
  sortable: readonly S[];
  defaultSort: S;
  defaultDir?: "asc" | "desc";
  filters: readonly F[];
};

export const PAGE_SIZES = [20, 50, 100] as const;
const MAX_FILTER_LENGTH = 200;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseListParams<S extends string, F extends string>(
  searchParams: SearchParams,
  spec: ListSpec<S, F>,
): ListParams<S, F> {
  // Stryker disable next-line StringLiteral: any other fallback parses to NaN, and NaN also gives page 1
  const page = Number.parseInt(first(searchParams.page) ?? "1", 10);
  // Stryker disable next-line StringLiteral: any non-numeric fallback is NaN, which is not a page size either
  const size = Number.parseInt(first(searchParams.taille) ?? "", 10);
  const sort = first(searchParams.tri);
  const dir = first(searchParams.ordre);
  const filters: Partial<Record<F, string>> = {};
  for (const key of spec.filters) {
    const value = first(searchParams[key])?.trim();
    if (value) filters[key] = value.slice(0, MAX_FILTER_LENGTH);
  }
  return {
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 100_000) : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
    sort: sort && (spec.sortable as readonly string[]).includes(sort) ? (sort as S) : spec.defaultSort,
    dir: dir === "asc" || dir === "desc" ? dir : (spec.defaultDir ?? "asc"),
    filters,
  };
}

/** The same list state as a query string, with `changes` applied (undefined removes a key). */
export function withParams(current: URLSearchParams | string, changes: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") params.delete(key);
    else params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Escapes the LIKE wildcards of user input, so "50%" searches for "50%". */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
