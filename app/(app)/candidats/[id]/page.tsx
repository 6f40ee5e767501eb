import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { candidatTitle } from "@/components/layout/record-titles";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { parcoursLabels } from "@/lib/candidats/audit";
import { lieuNaissance } from "@/lib/candidats/display";
import { getCandidatForUser, listParcoursOfCandidat } from "@/lib/candidats/queries";
import { formatIsoDate } from "@/lib/dates";
import { sessionStatutLabels } from "@/lib/sessions/transitions";
import { FusionsPanel } from "../doublons/_components/FusionsPanel";
import { ResultatsCandidat } from "./_components/ResultatsCandidat";
import { LivretsCertification } from "./_components/LivretsCertification";
import { ParcheminsCandidat } from "./_components/ParcheminsCandidat";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return candidatTitle("Fiche candidat", (await params).id);
}

export default async function CandidatPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const { id } = await params;
  const flags = await searchParams;
  const candidat = await getCandidatForUser(user, id);
  if (!candidat || candidat.mergedIntoId) notFound();
  const parcours = await listParcoursOfCandidat(user, candidat.id);
  const rows: [string, string][] = [
    ["Civilité", candidat.civilite],
    ["Nom de naissance", candidat.nomNaissance],
    ["Nom d'usage", candidat.nomUsage ?? "—"],
    ["Prénoms", candidat.prenoms],
    ["Date de naissance", formatIsoDate(candidat.dateNaissance)],
    ["Lieu de naissance", lieuNaissance(candidat)],
    ["Adresse", [candidat.adresse, candidat.codePostal, candidat.residenceCommuneNom].filter(Boolean).join(" ") || "—"],
    ["Adresse électronique", candidat.email ?? "—"],
    ["Téléphone", candidat.telephone ?? "—"],
  ];
  return (
    <>
      {flags.cree && <Alert severity="success" small description="La fiche candidat est créée." className="fr-mb-2w" />}
      {flags.modifie && <Alert severity="success" small description="La fiche candidat est enregistrée." className="fr-mb-2w" />}
      <FusionsPanel user={user} candidatId={candidat.id} fusionId={flags.fusion} />
      <div className="ceres-table-toolbar fr-mb-2w">
        <h2 className="fr-h4 fr-mb-0">Identité</h2>
        <Link className="fr-btn fr-btn--secondary fr-icon-edit-line fr-btn--icon-left" href={`/candidats/${candidat.id}/modifier`}>
          Modifier la fiche
        </Link>
      </div>
      <dl className="ceres-fiche">
        {rows.map(([label, value]) => (
          <div key={label} className="fr-grid-row fr-mb-1w">
            <dt className="fr-col-12 fr-col-md-4 fr-text--bold">{label}</dt>
            <dd className="fr-col-12 fr-col-md-8 fr-m-0">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="fr-h4 fr-mt-4w">Parcours</h2>
      {parcours.length === 0 ? (
        <p data-testid="parcours-vide">Ce candidat n&apos;est inscrit à aucune session.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption className="fr-sr-only">Inscriptions du candidat, toutes sessions et tous titres</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Titre</th>
                <th scope="col">Dates</th>
                <th scope="col">Centre</th>
                <th scope="col">Parcours</th>
                <th scope="col">Statut de la session</th>
              </tr>
            </thead>
            <tbody>
              {parcours.map((p) => (
                <tr key={p.inscriptionId}>
                  <td>{p.sessionVisible ? <Link href={`/sessions/${p.sessionId}`}>{p.numero}</Link> : p.numero}</td>
                  <td>
                    {p.titreCode} {p.titreIntitule}
                  </td>
                  <td>{p.dateDebut === p.dateFin ? formatIsoDate(p.dateDebut) : `du ${formatIsoDate(p.dateDebut)} au ${formatIsoDate(p.dateFin)}`}</td>
                  <td>{p.centreRaisonSociale}</td>
                  <td>{parcoursLabels[p.parcours]}</td>
                  <td>{sessionStatutLabels[p.statut]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ResultatsCandidat user={user} candidatId={candidat.id} />
      <LivretsCertification candidatId={candidat.id} />
      <ParcheminsCandidat user={user} candidatId={candidat.id} />
    </>
  );
}
