import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatIsoDate } from "@/lib/dates";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { listParcheminsOfCandidat } from "@/lib/parchemins/queries";
import { canPrintParchemins } from "@/lib/parchemins/scope";
import { ImpressionsTable } from "../../../parchemins/_components/ImpressionsTable";
import { StatutParchemin } from "../../../parchemins/_components/StatutParchemin";

/** The candidate's parchemins (State agents only: a centre does not issue them), each with its prints. */
export async function ParcheminsCandidat({ user, candidatId }: { user: CurrentUser; candidatId: string }) {
  if (!canPrintParchemins(user)) return null;
  const parchemins = await listParcheminsOfCandidat(user, candidatId);
  return (
    <section className="fr-mt-4w" aria-labelledby="parchemins-titre">
      <h2 id="parchemins-titre" className="fr-h4">
        Parchemins
      </h2>
      {parchemins.length === 0 ? (
        <p data-testid="parchemins-vide">Aucun parchemin n&apos;a été délivré à ce candidat.</p>
      ) : (
        parchemins.map((p) => {
          const numero = p.numero ? formatParcheminNumero(p.numero) : "sans numéro";
          return (
            <div key={p.id} className="fr-card fr-p-3w fr-mb-2w">
              <h3 className="fr-h6 fr-mb-1w">
                {p.titreIntitule} — n° {numero} <StatutParchemin statut={p.statut} annuleAt={p.annuleAt} />
              </h3>
              <p className="fr-text--sm fr-mb-1w">
                Délivré à {p.lieuDelivranceNom} le {formatIsoDate(p.delivreLe)} (session {p.sessionNumero})
              </p>
              <ImpressionsTable numero={numero} impressions={p.impressions} />
              <Link className="fr-btn fr-btn--secondary fr-btn--sm" href={`/parchemins/${p.id}`}>
                {p.statut === "valide" ? "Réimprimer, annuler ou envoyer un lien" : "Voir le parchemin"}
                <span className="fr-sr-only"> n° {numero}</span>
              </Link>
            </div>
          );
        })
      )}
    </section>
  );
}
