import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { nomComplet } from "@/lib/candidats/display";
import { formatDateTimeParis, formatIsoDate } from "@/lib/dates";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { getParcheminForUser, listLiensForUser } from "@/lib/parchemins/queries";
import { canAnnulParchemins } from "@/lib/parchemins/scope";
import { ImpressionsTable } from "../_components/ImpressionsTable";
import { StatutParchemin } from "../_components/StatutParchemin";
import { LiensTelechargement, type LienVue } from "./_components/LiensTelechargement";
import { ParcheminActions } from "./_components/ParcheminActions";

export const metadata: Metadata = { title: "Parchemin" };

/** One parchemin: what it prints, its status, its prints; reprint, annulment and download links. */
export default async function ParcheminPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const p = await getParcheminForUser(user, id);
  if (!p) notFound();
  const numero = p.numero ? formatParcheminNumero(p.numero) : "sans numéro (attribué à la prochaine impression)";
  const regional = canAnnulParchemins(user);
  const now = Date.now();
  const liens: LienVue[] = regional
    ? (await listLiensForUser(user, p.id)).map((l) => ({
        id: l.id,
        destinataire: l.destinataire,
        creeLe: formatDateTimeParis(l.creeAt),
        expireLe: formatDateTimeParis(l.expireAt),
        etat: l.revoqueAt ? "revoque" : l.expireAt.getTime() <= now ? "expire" : "actif",
        usages: l.usages,
        dernierUsage: l.dernierUsage ? formatDateTimeParis(l.dernierUsage) : null,
        par: l.par,
      }))
    : [];
  const rows: [string, React.ReactNode][] = [
    ["Numéro", numero],
    ["Statut", <StatutParchemin key="statut" statut={p.statut} annuleAt={p.annuleAt} />],
    ["Titulaire", <Link key="titulaire" href={`/candidats/${p.candidatId}`}>{`${p.civilite} ${nomComplet(p)}`}</Link>],
    ["Titre", `${p.titreCode} ${p.titreIntitule}${p.niveau ? `, niveau ${p.niveau}` : ""}`],
    ["Code NSF et RNCP", `${p.nsfCode} — ${p.rncp ?? "sans RNCP"}`],
    ["Délivré", `à ${p.lieuDelivranceNom}, le ${formatIsoDate(p.delivreLe)}`],
    ["Session", <Link key="session" href={`/sessions/${p.sessionId}`}>{p.sessionNumero}</Link>],
  ];
  if (p.statut === "annule") rows.push(["Motif de l'annulation", `${p.motifAnnulation} (par ${p.annuleParPrenom ?? ""} ${p.annuleParNom ?? ""})`]);
  return (
    <>
      <Breadcrumb currentPageLabel={`Parchemin ${numero}`} segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Candidats", linkProps: { href: "/candidats" } }]} />
      <h1>Parchemin {p.numero ? formatParcheminNumero(p.numero) : ""}</h1>
      <dl className="ceres-fiche">
        {rows.map(([label, value]) => (
          <div key={label} className="fr-grid-row fr-mb-1w">
            <dt className="fr-col-12 fr-col-md-4 fr-text--bold">{label}</dt>
            <dd className="fr-col-12 fr-col-md-8 fr-m-0">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="fr-h4 fr-mt-4w">Impressions</h2>
      <ImpressionsTable numero={numero} impressions={p.impressions} />
      {p.statut === "valide" ? (
        <>
          <ParcheminActions parcheminId={p.id} version={p.version} dejaImprime={p.impressions.length > 0} peutAnnuler={regional} />
          {regional && <LiensTelechargement parcheminId={p.id} liens={liens} />}
        </>
      ) : (
        <p className="fr-mt-2w" data-testid="parchemin-annule">Ce parchemin est annulé : il ne peut plus être imprimé ni téléchargé.</p>
      )}
    </>
  );
}
