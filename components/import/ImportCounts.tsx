export type CountItem = { label: string; value: number; tone?: "creation" | "maj" | "inchange" | "rejet" };

/** The figures of a dry run or of an applied import, as a row of labelled numbers. */
export function ImportCounts({ items, testId, total }: { items: CountItem[]; testId: string; total?: number }) {
  return (
    <div>
      {total !== undefined && (
        <p className="fr-mb-1w">
          {total.toLocaleString("fr-FR")} {total > 1 ? "lignes lues" : "ligne lue"} dans le fichier.
        </p>
      )}
      <ul className="ceres-counts" data-testid={testId}>
        {items.map((item) => (
          <li key={item.label} className={`ceres-count${item.tone ? ` ceres-count--${item.tone}` : ""}`}>
            <span className="ceres-count__value">{item.value.toLocaleString("fr-FR")}</span> <span className="ceres-count__label">{item.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString("fr-FR")} ${n > 1 ? many : one}`;
