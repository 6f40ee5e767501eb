import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { jureTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { formatIsoDate } from "@/lib/dates";
import { prolongationText } from "@/lib/jures/habilitation-status";
import { getJureForUser, listHabilitationsOfJure, listTitreVersionOptions } from "@/lib/jures/queries";
import { HabilitationForm } from "../../_components/HabilitationForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return jureTitle("Habilitations du juré", (await params).id);
}

export default async function JureHabilitationsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("national", "regional");
  const { id } = await params;
  const jure = await getJureForUser(user, id);
  if (!jure) notFound();
  const [habilitations, versions] = await Promise.all([listHabilitationsOfJure(jure.id), listTitreVersionOptions()]);
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-7">
        <h2 className="fr-h4">Habilitations</h2>
        {habilitations.length === 0 ? (
          <p>Aucune habilitation pour ce juré.</p>
        ) : (
          <ul className="fr-raw-list" data-testid="habilitations">
            {habilitations.map((h) => (
              <li key={h.id} className="fr-mb-2w fr-p-2w ceres-version">
                <Link className="fr-link" href={`/jures/habilitations/${h.id}`}>
                  {h.label}
                </Link>
                <p className="fr-mb-0 fr-text--sm">
                  {h.status.finEnregistree ? (
                    <>
                      Habilité jusqu&apos;au {formatIsoDate(h.status.finEnregistree)}
                      {h.status.finProlongee && <>, {prolongationText(h.status.finProlongee)}</>}
                    </>
                  ) : (
                    <span className="ceres-prompt">Aucune période d&apos;habilitation</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="fr-col-12 fr-col-lg-5">
        <section className="fr-p-3w fr-background-alt--grey" aria-labelledby="titre-nouvelle-habilitation">
          <h2 id="titre-nouvelle-habilitation" className="fr-h5">
            Nouvelle habilitation
          </h2>
          <p className="fr-text--sm">Choisissez la version du titre, puis ajoutez les périodes sur l&apos;écran de l&apos;habilitation.</p>
          <HabilitationForm jureId={jure.id} versions={versions.filter((v) => !habilitations.some((h) => h.titreVersionId === v.value))} />
        </section>
      </div>
    </div>
  );
}
