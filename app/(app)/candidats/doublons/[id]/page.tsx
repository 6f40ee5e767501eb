import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { doublonTitle } from "@/components/layout/record-titles";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { nomComplet } from "@/lib/candidats/display";
import { getDoublonForUser } from "@/lib/candidats/merge/queries";
import { MergeForm } from "../_components/MergeForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return doublonTitle("Comparer deux fiches candidats", (await params).id);
}
export const dynamic = "force-dynamic";

const statutTexte = { ecarte: "Cette paire a été écartée : ce ne sont pas les mêmes personnes.", fusionne: "Ces deux fiches ont été fusionnées." } as const;

// A pair one of whose records is out of the caller's scope is answered 404, like any record out of scope (R9).
export default async function DoublonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const doublon = await getDoublonForUser(user, id);
  if (!doublon) notFound();
  return (
    <>
      <Breadcrumb currentPageLabel="Comparer deux fiches" segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Doublons de candidats", linkProps: { href: "/candidats/doublons" } }]} />
      <h1>
        Comparer deux fiches : {nomComplet(doublon.a)} et {nomComplet(doublon.b)}
      </h1>
      <p className="fr-text--lead">
        Score {Math.round(doublon.score * 100)} % : {doublon.raisons.join(" ; ")}.
      </p>
      {doublon.statut === "a_examiner" && !doublon.a.mergedIntoId && !doublon.b.mergedIntoId ? (
        <MergeForm doublon={doublon} />
      ) : (
        <p>
          {doublon.statut === "a_examiner" ? "L'une des deux fiches a déjà été fusionnée avec une autre." : statutTexte[doublon.statut]}{" "}
          {doublon.fusionId && <Link href={`/candidats/doublons/fusions/${doublon.fusionId}`}>Voir la fusion</Link>}
        </p>
      )}
    </>
  );
}
