import { formatDateTimeParis } from "@/lib/dates";
import { impressionMotifLabels } from "@/lib/parchemins/audit";
import type { ImpressionHistorique } from "@/lib/parchemins/impressions";

/** The prints of one parchemin, newest first: when, who, why. */
export function ImpressionsTable({ numero, impressions }: { numero: string; impressions: ImpressionHistorique[] }) {
  if (impressions.length === 0) return <p data-testid="impressions-vide">Ce parchemin n&apos;a pas encore été imprimé.</p>;
  return (
    <div className="fr-table">
      <table>
        <caption>Impressions du parchemin {numero}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Par</th>
            <th scope="col">Motif</th>
            <th scope="col">Commentaire</th>
          </tr>
        </thead>
        <tbody>
          {impressions.map((i) => (
            <tr key={i.id}>
              <td>{formatDateTimeParis(i.imprimeAt)}</td>
              <td>{i.par ?? "—"}</td>
              <td>{impressionMotifLabels[i.motif]}</td>
              <td>{i.commentaire ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
