import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { titreTitle } from "@/components/layout/record-titles";
import { requireUser } from "@/lib/auth/auth-session";
import { canEditReferentiels } from "@/lib/titres/permissions";
import { getTitreForUser } from "@/lib/titres/queries";
import { CcpDeletion } from "../_components/CcpDeletion";
import { VersionSection } from "../_components/VersionSection";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titreTitle("Titre professionnel", (await params).id);
}

const savedMessages: Record<string, string> = {
  titre: "Le titre a été enregistré.",
  version: "La version a été enregistrée.",
  ccp: "Le CCP a été enregistré.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function TitrePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const titre = await getTitreForUser(user, id);
  if (!titre) notFound();
  const canEdit = canEditReferentiels(user);
  const saved = flags.enregistre ? savedMessages[flags.enregistre] : undefined;
  return (
    <>
      {saved && <Alert severity="success" small description={saved} className="fr-mb-3w" />}
      <section aria-labelledby="titre-identite" className="fr-mb-5w">
        <div className="ceres-table-toolbar fr-mb-1w">
          <h2 id="titre-identite" className="fr-h4 fr-mb-0">
            Identification
          </h2>
          {canEdit && (
            <Link className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-edit-line fr-btn--icon-left" href={`/titres/${titre.id}/modifier`}>
              Modifier le titre
            </Link>
          )}
        </div>
        <dl className="ceres-dl">
          <dt>Code</dt>
          <dd>{titre.code}</dd>
          <dt>Intitulé</dt>
          <dd>{titre.intitule}</dd>
          <dt>Sigle</dt>
          <dd>{titre.sigle ?? "—"}</dd>
        </dl>
      </section>

      <section aria-labelledby="titre-versions">
        <div className="ceres-table-toolbar fr-mb-2w">
          <h2 id="titre-versions" className="fr-h4 fr-mb-0">
            Versions ({titre.versions.length})
          </h2>
          {canEdit && (
            <Link className="fr-btn fr-btn--sm fr-icon-add-line fr-btn--icon-left" href={`/titres/${titre.id}/versions/nouveau`}>
              Ajouter une version
            </Link>
          )}
        </div>
        {titre.versions.length === 0 && <p>Ce titre n&apos;a encore aucune version.</p>}
        <CcpDeletion titreId={titre.id}>
          {titre.versions.map((version) => (
            <VersionSection key={version.id} titreId={titre.id} version={version} canEdit={canEdit} />
          ))}
        </CcpDeletion>
      </section>
    </>
  );
}
