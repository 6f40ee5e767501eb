import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { parcoursLabels } from "@/lib/candidats/audit";
import { mentionNaissance, nomComplet } from "@/lib/candidats/display";
import { listCandidatsForUser, listInscriptionsOfSession } from "@/lib/candidats/queries";
import { formatIsoDate } from "@/lib/dates";
import { getSessionForUser } from "@/lib/sessions/load";
import { SESSION_MODIFIABLE } from "@/lib/sessions/transitions";
import { InscrireButton, RetirerButton } from "./_components/InscriptionButtons";

export const metadata: Metadata = { title: "Session — Candidats" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function SessionCandidatsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const session = await getSessionForUser(user, id);
  if (!session) notFound();
  const inscrits = await listInscriptionsOfSession(session.id);
  const modifiable = SESSION_MODIFIABLE.includes(session.statut);
  const complete = inscrits.length >= session.capacite;
  const q = query.q?.trim() ?? "";
  const dejaInscrits = new Set(inscrits.map((i) => i.candidatId));
  const found = modifiable && !complete && q ? (await listCandidatsForUser(user, { page: 1, pageSize: 20, sort: "nom", dir: "asc", filters: { q } })).rows : [];
  return (
    <>
      {query.inscrit && <Alert severity="success" small description="Le candidat est inscrit à la session." className="fr-mb-2w" />}
      <h2 className="fr-h4">
        Candidats inscrits ({inscrits.length} sur {session.capacite} places)
      </h2>
      {inscrits.length === 0 ? (
        <p data-testid="candidats-vide">Aucun candidat inscrit à cette session.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption className="fr-sr-only">Candidats inscrits à la session {session.numero}</caption>
            <thead>
              <tr>
                <th scope="col">Candidat</th>
                <th scope="col">Naissance</th>
                <th scope="col">Parcours</th>
                {modifiable && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {inscrits.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link href={`/candidats/${i.candidatId}`}>{nomComplet(i)}</Link>
                  </td>
                  <td>{mentionNaissance(i)}</td>
                  <td>{parcoursLabels[i.parcours]}</td>
                  {modifiable && (
                    <td>
                      <RetirerButton sessionId={session.id} inscriptionId={i.id} nom={nomComplet(i)} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!modifiable && <p className="fr-text--sm">Les inscriptions ne peuvent plus être modifiées à ce stade de la session.</p>}
      {modifiable && complete && <p className="fr-text--sm">La session est complète.</p>}
      {modifiable && !complete && (
        <section className="fr-mt-4w" aria-labelledby="inscrire-titre">
          <h3 id="inscrire-titre" className="fr-h5">
            Inscrire un candidat
          </h3>
          <form method="get" className="fr-search-bar fr-mb-2w" role="search">
            <label className="fr-label" htmlFor="recherche-candidat">
              Chercher parmi vos candidats (nom, prénom)
            </label>
            <input className="fr-input" id="recherche-candidat" name="q" type="search" defaultValue={q} placeholder="Nom ou prénom d'un de vos candidats" />
            <button className="fr-btn" type="submit">
              Chercher
            </button>
          </form>
          {q && found.length === 0 && <p>Aucun de vos candidats ne correspond. Une personne déjà connue ailleurs sera retrouvée en saisissant son identité.</p>}
          {found.length > 0 && (
            <ul className="fr-raw-list">
              {found.map((c) => (
                <li key={c.id} className="fr-mb-2w">
                  <p className="fr-mb-1w">
                    <strong>{nomComplet(c)}</strong>, {formatIsoDate(c.dateNaissance)}
                  </p>
                  {dejaInscrits.has(c.id) ? <p className="fr-text--sm">Déjà inscrit à cette session.</p> : <InscrireButton sessionId={session.id} candidatId={c.id} nom={nomComplet(c)} />}
                </li>
              ))}
            </ul>
          )}
          <Link className="fr-btn fr-btn--secondary fr-icon-user-add-line fr-btn--icon-left" href={`/sessions/${session.id}/candidats/nouveau`}>
            Saisir l&apos;identité d&apos;un candidat
          </Link>
          <Link className="fr-btn fr-btn--tertiary fr-icon-upload-line fr-btn--icon-left fr-ml-2w" href={`/sessions/${session.id}/candidats/import`}>
            Importer un fichier de candidats
          </Link>
          <p className="fr-text--sm fr-mt-1w">CERES vérifie d&apos;abord si la personne a déjà une fiche, même créée par un autre centre : elle est alors réutilisée.</p>
        </section>
      )}
    </>
  );
}
