import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { fusionTitle } from "@/components/layout/record-titles";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { mergeFields, type MergeField } from "@/lib/candidats/merge/fields";
import { getFusionForUser } from "@/lib/candidats/merge/queries";
import { formatDateTimeParis } from "@/lib/dates";
import { UndoMerge } from "../../_components/UndoMerge";

export async function generateMetadata({ params }: { params: Promise<{ fusionId: string }> }): Promise<Metadata> {
  return fusionTitle("Fusion de fiches candidats", (await params).fusionId);
}
export const dynamic = "force-dynamic";

export default async function FusionPage({ params }: { params: Promise<{ fusionId: string }> }) {
  const user = await requireUser();
  const { fusionId } = await params;
  const fusion = await getFusionForUser(user, fusionId);
  if (!fusion) notFound();
  const choix = Object.entries(fusion.choix as Record<string, { source: string; valeur: Record<string, unknown> }>);
  return (
    <>
      <Breadcrumb currentPageLabel={`Fusion de ${fusion.fusionneNom}`} segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Doublons de candidats", linkProps: { href: "/candidats/doublons" } }]} />
      <h1>
        Fusion de la fiche {fusion.fusionneNom} dans la fiche {fusion.survivantNom}
      </h1>
      <p>
        Le {formatDateTimeParis(fusion.fusionneAt)}, la fiche {fusion.fusionneNom} a été fusionnée dans la fiche{" "}
        <Link href={`/candidats/${fusion.survivantId}`}>{fusion.survivantNom}</Link> ; {fusion.deplaces} ligne(s) déplacée(s).
      </p>
      {choix.length > 0 && (
        <ul>
          {choix.map(([field, c]) => (
            <li key={field}>
              {mergeFields[field as MergeField]?.label ?? field} : valeur de la fiche {c.source === "fusionne" ? "fusionnée" : "conservée"} (
              {Object.values(c.valeur).filter(Boolean).join(", ") || "vide"})
            </li>
          ))}
        </ul>
      )}
      {fusion.annuleeAt ? (
        <p>Cette fusion a été annulée le {formatDateTimeParis(fusion.annuleeAt)}.</p>
      ) : (
        <UndoMerge fusionId={fusion.id} survivant={fusion.survivantNom} fusionne={fusion.fusionneNom} />
      )}
    </>
  );
}
