import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { agrementTitle } from "@/components/layout/record-titles";
import { plainStatusLabels, plainStatusSeverity } from "@/lib/agrements/plain-status";
import { listAgrementHistoryForUser } from "@/lib/agrements/queries";
import { AGREMENT_TRANSITIONS } from "@/lib/agrements/transitions";
import { requireUser } from "@/lib/auth/auth-session";
import { formatIsoDate, todayInParis } from "@/lib/dates";
import { DecisionForm } from "./_components/DecisionForm";
import { WithdrawForm } from "./_components/WithdrawForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return agrementTitle("Agrément", (await params).id);
}

export default async function AgrementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const history = await listAgrementHistoryForUser(user, id);
  if (!history) notFound();
  const { agrement: a, events } = history;
  const can = (t: keyof typeof AGREMENT_TRANSITIONS) =>
    AGREMENT_TRANSITIONS[t].from === a.statut && (AGREMENT_TRANSITIONS[t].roles as readonly string[]).includes(user.role);
  return (
    <>
      <Breadcrumb
        currentPageLabel={`Agrément ${a.titreCode}`}
        segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: a.centreNom, linkProps: { href: `/centres/${a.centreId}/agrements` } }]}
      />
      <h1>
        Agrément {a.titreCode} — {a.centreNom}{" "}
        <Badge severity={plainStatusSeverity[a.plain]} noIcon>
          {plainStatusLabels[a.plain]}
        </Badge>
      </h1>
      <dl className="ceres-dl">
        <dt>Centre</dt>
        <dd>
          <Link href={`/centres/${a.centreId}`}>{a.centreNom}</Link> (SIRET {a.centreSiret})
        </dd>
        <dt>Titre</dt>
        <dd>
          {a.titreCode} — {a.titreIntitule}, {a.versionLibelle}
        </dd>
        <dt>Fin de vie de la version</dt>
        <dd>{a.finDeVie ? formatIsoDate(a.finDeVie) : "non renseignée"}</dd>
        <dt>Site</dt>
        <dd>
          {a.siteLibelle} ({a.siteCommune})
        </dd>
        <dt>Décision</dt>
        <dd>{a.dateDecision ? `le ${formatIsoDate(a.dateDecision)}` : "en attente"}</dd>
        <dt>Validité</dt>
        <dd>{a.validFrom ? `du ${formatIsoDate(a.validFrom)} au ${formatIsoDate(a.validTo)}` : "—"}</dd>
        {a.motif && (
          <>
            <dt>Motif</dt>
            <dd>{a.motif}</dd>
          </>
        )}
        <dt>Origine</dt>
        <dd>{a.source === "valce" ? `Importé de VALCE, référence ${a.legacyRef ?? "—"}` : "CERES"}</dd>
      </dl>
      {can("accepter") && <DecisionForm id={a.id} version={a.version} today={todayInParis()} finDeVie={a.finDeVie} />}
      {can("retirer") && <WithdrawForm id={a.id} version={a.version} />}
      <h2 className="fr-h4 fr-mt-4w">Historique</h2>
      <HistoryTable events={events} />
    </>
  );
}
