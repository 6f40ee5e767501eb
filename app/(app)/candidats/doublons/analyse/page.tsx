import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/auth-session";
import { SEUIL_DOUBLON } from "@/lib/candidats/matching/score";
import { lastScans, percentOf } from "@/lib/candidats/scan/launch";
import { formatDateTimeParis } from "@/lib/dates";
import { LaunchScan } from "./_components/LaunchScan";

export const metadata: Metadata = { title: "Analyse des doublons de candidats" };
export const dynamic = "force-dynamic";

const statutLabels = { en_attente: "En attente", en_cours: "En cours", termine: "Terminée", echec: "Échec" } as const;

export default async function AnalyseDoublonsPage() {
  await requireRole("national");
  const scans = await lastScans();
  const current = scans.find((s) => s.statut === "en_attente" || s.statut === "en_cours") ?? null;
  const percent = current ? percentOf(current) : 0;
  return (
    <>
      <Breadcrumb currentPageLabel="Analyse des doublons" segments={[{ label: "Accueil", linkProps: { href: "/" } }]} />
      <h1>Analyse des doublons de candidats</h1>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-10">
          <p>
            L&apos;analyse compare toutes les fiches candidats du pays : elle rapproche les fiches nées le même jour (ou le même jour avec le jour et le
            mois inversés), de même nom prononcé pareil, de même prénom ou de même lieu de naissance, puis calcule un score. Les paires dont le score
            atteint {Math.round(SEUIL_DOUBLON * 100)} % sont proposées à l&apos;examen ; une paire déjà écartée comme « pas un doublon » ne revient jamais.
          </p>
        </div>
      </div>
      <div aria-live="polite" className="fr-mb-3w">
        {current ? (
          <>
            <p className="fr-mb-1w">
              <strong>{current.statut === "en_attente" ? "Analyse en attente" : `Analyse en cours : ${percent} %`}</strong>
            </p>
            <progress max={100} value={percent} aria-label="Avancement de l'analyse" style={{ width: "100%", maxWidth: "32rem" }}>
              {percent} %
            </progress>
          </>
        ) : (
          <p>Aucune analyse en cours.</p>
        )}
      </div>
      <LaunchScan running={current !== null} />
      <h2 className="fr-mt-6w">Dernières analyses</h2>
      {scans.length === 0 ? (
        <p>Aucune analyse n&apos;a encore été lancée.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption className="fr-sr-only">Dernières analyses des doublons</caption>
            <thead>
              <tr>
                <th scope="col">Lancée le</th>
                <th scope="col">Statut</th>
                <th scope="col">Avancement</th>
                <th scope="col">Paires trouvées</th>
                <th scope="col">Terminée le</th>
              </tr>
            </thead>
            <tbody>
              {scans.map((scan) => (
                <tr key={scan.id}>
                  <td>{formatDateTimeParis(scan.lanceAt)}</td>
                  <td>
                    {statutLabels[scan.statut]}
                    {scan.message ? ` : ${scan.message}` : ""}
                  </td>
                  <td>{percentOf(scan)} %</td>
                  <td>{scan.pairesTrouvees.toLocaleString("fr-FR")}</td>
                  <td>{scan.termineAt ? formatDateTimeParis(scan.termineAt) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
