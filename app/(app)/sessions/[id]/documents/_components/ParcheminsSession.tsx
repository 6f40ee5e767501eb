import type { CurrentUser } from "@/lib/auth/current-user";
import { countParcheminsSession } from "@/lib/parchemins/queries";
import { canPrintParchemins } from "@/lib/parchemins/scope";
import { ImprimerParchemins } from "./ImprimerParchemins";

/** The parchemins of a validated session, for the State agents who print them (never a centre). */
export async function ParcheminsSession({ user, session }: { user: CurrentUser; session: { id: string; statut: string } }) {
  if (!canPrintParchemins(user) || session.statut !== "validee") return null;
  const counts = await countParcheminsSession(user, session.id);
  if (!counts) return null;
  const { total, imprimes, annules } = counts;
  return (
    <section className="fr-mb-4w" aria-labelledby="parchemins-session">
      <h2 id="parchemins-session">Parchemins</h2>
      {total === 0 ? (
        <p data-testid="parchemins-session-vide">Cette session n&apos;a aucun parchemin à imprimer.</p>
      ) : (
        <>
          <p>
            {total} parchemin(s) délivré(s), dont {imprimes} déjà imprimé(s){annules > 0 ? ` ; ${annules} annulé(s), qui ne s'impriment plus` : ""}. Tous
            s&apos;impriment dans un seul PDF, une page A4 par titulaire.
          </p>
          <ImprimerParchemins sessionId={session.id} total={total} dejaImprimes={imprimes} />
        </>
      )}
    </section>
  );
}
