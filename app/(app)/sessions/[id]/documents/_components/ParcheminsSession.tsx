import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canPrintParchemins } from "@/lib/parchemins/scope";
import { ImprimerParchemins } from "./ImprimerParchemins";

/** The parchemins of a validated session, for the State agents who print them (never a centre). */
export async function ParcheminsSession({ user, session }: { user: CurrentUser; session: { id: string; statut: string } }) {
  if (!canPrintParchemins(user) || session.statut !== "validee") return null;
  const [counts] = rowsOf<{ total: number; imprimes: number; annules: number }>(
    await getDb().execute(sql`
      select count(*) filter (where p.statut = 'valide')::int as total,
             count(*) filter (where p.statut = 'valide' and exists (select 1 from parchemin_impressions i where i.parchemin_id = p.id))::int as imprimes,
             count(*) filter (where p.statut = 'annule')::int as annules
      from parchemins p inner join inscriptions i on i.id = p.inscription_id where i.session_id = ${session.id}`),
  );
  const { total, imprimes, annules } = counts!;
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
