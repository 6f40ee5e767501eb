import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { departementTitle } from "@/components/layout/record-titles";
import { requireUser } from "@/lib/auth/auth-session";
import { getDepartement } from "@/lib/territoires/queries";
import { canEditReferentiels } from "@/lib/titres/permissions";
import { UdCommuneForm } from "../_components/UdCommuneForm";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  return departementTitle("Unité départementale", (await params).code);
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function DepartementPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ code }, flags] = await Promise.all([params, searchParams]);
  const departement = await getDepartement(user, code);
  if (!departement) notFound();
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-8">
        {flags.modifie && <Alert severity="success" small className="fr-mb-3w" description="La commune de l'UD a été enregistrée." />}
        <dl className="ceres-facts fr-mb-4w">
          <div>
            <dt>Région</dt>
            <dd>{departement.regionNom}</dd>
          </div>
          <div>
            <dt>Unité départementale</dt>
            <dd>{departement.udNom}</dd>
          </div>
          <div>
            <dt>Commune de l&apos;UD (lieu de délivrance des parchemins)</dt>
            <dd data-testid="commune-ud">{departement.udCommuneLabel ?? "Non renseignée"}</dd>
          </div>
        </dl>
        {canEditReferentiels(user) ? (
          <UdCommuneForm
            key={departement.version}
            departement={{ code: departement.code, nom: departement.nom, udNom: departement.udNom, version: departement.version }}
          />
        ) : (
          <p className="fr-text--sm">
            La commune de l&apos;UD est tenue par l&apos;administration centrale (DGEFP). Pour la faire corriger, adressez-vous à elle.
          </p>
        )}
      </div>
    </div>
  );
}
