import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { jureTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { formatIsoDate } from "@/lib/dates";
import { getJureForUser, type JureDetail } from "@/lib/jures/queries";
import { JureForm, type JurePlaces } from "../_components/JureForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return jureTitle("Fiche du juré", (await params).id);
}

/** The stored places as the comboboxes show a chosen value (their code and name as recorded). */
function placesOf(jure: JureDetail): JurePlaces {
  const commune = (code: string, nom: string, validFrom: string) => ({ code, nom, kind: "commune" as const, validFrom, validTo: null, label: `${nom} (code INSEE ${code})`, status: null, parent: null });
  return {
    naissanceCommune: jure.naissanceCommuneCode ? commune(jure.naissanceCommuneCode, jure.naissanceCommuneNom ?? "", jure.dateNaissance) : null,
    naissancePays: jure.naissancePaysCode ? { code: jure.naissancePaysCode, nom: jure.naissancePaysNom ?? jure.naissancePaysCode } : null,
    residence: commune(jure.residenceCommuneCode, jure.residenceCommuneNom, ""),
  };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function JurePage({ params, searchParams }: Props) {
  const user = await requireRole("national", "regional");
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const jure = await getJureForUser(user, id);
  if (!jure) notFound();
  const naissance = jure.naissanceCommuneCode
    ? `${jure.naissanceCommuneNom} (${jure.naissanceCommuneCode})`
    : `${jure.naissanceVille} (${jure.naissancePaysNom ?? jure.naissancePaysCode})`;
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-5">
        {flags.cree && <Alert severity="success" small description="Le juré a été créé." className="fr-mb-3w" />}
        {flags.modifie && <Alert severity="success" small description="Les modifications ont été enregistrées." className="fr-mb-3w" />}
        <h2 className="fr-h4">Identité</h2>
        <dl className="ceres-dl" data-testid="identite-jure">
          <dt>Né(e) le</dt>
          <dd>{formatIsoDate(jure.dateNaissance)}</dd>
          <dt>À</dt>
          <dd>{naissance}</dd>
          <dt>Commune de résidence</dt>
          <dd>
            {jure.residenceCommuneNom} ({jure.residenceDepartementNom})
          </dd>
          <dt>Adresse électronique</dt>
          <dd>{jure.email ?? "—"}</dd>
          <dt>Téléphone</dt>
          <dd>{jure.telephone ?? "—"}</dd>
          <dt>Employeur</dt>
          <dd>{jure.employeurRaisonSociale ? `${jure.employeurRaisonSociale}${jure.employeurSiret ? ` (SIRET ${jure.employeurSiret})` : ""}` : "—"}</dd>
        </dl>
      </div>
      <div className="fr-col-12 fr-col-lg-7">
        <h2 className="fr-h4">Modifier la fiche</h2>
        <JureForm
          key={jure.version}
          existing={{
            id: jure.id,
            version: jure.version,
            places: placesOf(jure),
            values: {
              civilite: jure.civilite,
              nomNaissance: jure.nomNaissance,
              nomUsage: jure.nomUsage ?? "",
              prenoms: jure.prenoms,
              dateNaissance: jure.dateNaissance,
              lieuNaissance: jure.naissanceCommuneCode ? "france" : "etranger",
              naissanceCommuneCode: jure.naissanceCommuneCode ?? "",
              naissancePaysCode: jure.naissancePaysCode ?? "",
              naissanceVille: jure.naissanceVille ?? "",
              residenceCommuneCode: jure.residenceCommuneCode,
              email: jure.email ?? "",
              telephone: jure.telephone ?? "",
              employeurRaisonSociale: jure.employeurRaisonSociale ?? "",
              employeurSiret: jure.employeurSiret ?? "",
            },
          }}
        />
      </div>
    </div>
  );
}
