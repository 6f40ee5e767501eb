import type { ValceSummary } from "@/lib/agrements/valce/plan";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("fr-FR")} ${n > 1 ? many : one}`;

/** The figures of a dry run or of an applied import, as a row of labelled numbers. */
export function ValceCounts({ summary, applied }: { summary: ValceSummary; applied: boolean }) {
  const items = [
    { value: summary.creations, label: applied ? "agréments créés" : "agréments à créer", tone: "creation" },
    { value: summary.misesAJour, label: applied ? "agréments mis à jour" : "agréments à mettre à jour", tone: "maj" },
    { value: summary.inchangees, label: "agréments inchangés", tone: "inchange" },
    { value: summary.rejets, label: applied ? "lignes ignorées" : "lignes rejetées", tone: "rejet" },
    { value: summary.centresCrees, label: applied ? "centres créés" : "centres à créer", tone: "creation" },
    { value: summary.sitesCrees, label: applied ? "sites créés" : "sites à créer", tone: "creation" },
  ];
  return (
    <div>
      <p className="fr-mb-1w">{plural(summary.lignes, "ligne lue", "lignes lues")} dans le fichier.</p>
      <ul className="ceres-counts" data-testid={applied ? "comptes-import" : "comptes-simulation"}>
        {items.map((item) => (
          <li key={item.label} className={`ceres-count ceres-count--${item.tone}`}>
            <span className="ceres-count__value">{item.value.toLocaleString("fr-FR")}</span>
            <span className="ceres-count__label">{item.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
