import Link from "next/link";

export type FilterField =
  | { type: "search"; name: string; label: string; placeholder?: string }
  | { type: "date"; name: string; label: string }
  | { type: "select"; name: string; label: string; options: { value: string; label: string }[] };

type Props = {
  action: string;
  fields: FilterField[];
  values: Record<string, string | undefined>;
  /** List state kept when filtering (sort order, page size); the page number is reset. */
  keep: Record<string, string | undefined>;
};

/** Filters of a DataTable: a plain GET form, so filtering works with or without JavaScript. */
export function TableFilters({ action, fields, values, keep }: Props) {
  const active = fields.some((f) => values[f.name]);
  return (
    <form method="get" action={action} className="fr-mb-3w" role="search" aria-label="Filtrer la liste">
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        {fields.map((field) => (
          <div key={field.name} className="fr-col-12 fr-col-md">
            {field.type === "date" ? (
              <div className="fr-input-group fr-mb-0">
                <label className="fr-label" htmlFor={`filtre-${field.name}`}>
                  {field.label}
                </label>
                <input className="fr-input" id={`filtre-${field.name}`} name={field.name} type="date" defaultValue={values[field.name] ?? ""} />
              </div>
            ) : field.type === "search" ? (
              <div className="fr-input-group fr-mb-0">
                <label className="fr-label" htmlFor={`filtre-${field.name}`}>
                  {field.label}
                </label>
                <input
                  className="fr-input"
                  id={`filtre-${field.name}`}
                  name={field.name}
                  type="search"
                  defaultValue={values[field.name] ?? ""}
                  placeholder={field.placeholder}
                />
              </div>
            ) : (
              <div className="fr-select-group fr-mb-0">
                <label className="fr-label" htmlFor={`filtre-${field.name}`}>
                  {field.label}
                </label>
                <select className="fr-select" id={`filtre-${field.name}`} name={field.name} defaultValue={values[field.name] ?? ""}>
                  <option value="">Tous</option>
                  {field.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
        ))}
        <div className="fr-col-12 fr-col-md-auto">
          <ul className="fr-btns-group fr-btns-group--inline fr-mb-0">
            <li>
              <button type="submit" className="fr-btn fr-mb-0">
                Filtrer
              </button>
            </li>
            {active && (
              <li>
                <Link className="fr-btn fr-btn--tertiary fr-mb-0" href={action}>
                  Effacer les filtres
                </Link>
              </li>
            )}
          </ul>
        </div>
      </div>
    </form>
  );
}
