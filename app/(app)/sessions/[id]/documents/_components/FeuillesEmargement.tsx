import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { joursEmargement } from "@/lib/sessions/emargement/data";
import { frenchLongDate } from "@/lib/sessions/letters/french-dates";

/** One attendance sheet per day of the session: candidates and jurors sign, presence is then entered in Résultats. */
export function FeuillesEmargement({ session }: { session: { id: string; dateDebut: IsoDate; dateFin: IsoDate } }) {
  return (
    <section className="fr-mb-4w" aria-labelledby="titre-emargement">
      <h2 id="titre-emargement">Feuilles d&apos;émargement</h2>
      <p>Une feuille par jour de session : chaque candidat et chaque membre du jury y signe. La présence se reporte ensuite dans l&apos;onglet Résultats.</p>
      <ul data-testid="feuilles-emargement">
        {joursEmargement(session).map((jour) => (
          <li key={jour}>
            <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/sessions/${session.id}/documents/emargement/${jour}`} download>
              Feuille d&apos;émargement du {frenchLongDate(jour)} (PDF)<span className="fr-sr-only">, {formatIsoDate(jour)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
