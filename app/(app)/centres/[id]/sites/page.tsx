import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { centreTitle } from "@/components/layout/record-titles";
import { requireUser } from "@/lib/auth/auth-session";
import { getCentreForUser, listSitesOfCentre } from "@/lib/centres/queries";
import { SiteForm } from "../_components/SiteForm";
import { SiteList } from "../_components/SiteList";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return centreTitle("Sites du centre", (await params).id);
}

export default async function CentreSitesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const centre = await getCentreForUser(user, id);
  if (!centre) notFound();
  const sites = await listSitesOfCentre(centre.id);
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-7">
        <h2 className="fr-h4">Sites d&apos;examen</h2>
        <SiteList centreId={centre.id} sites={sites} />
      </div>
      <div className="fr-col-12 fr-col-lg-5">
        <section className="fr-p-3w fr-background-alt--grey" aria-labelledby="titre-ajout-site">
          <h2 id="titre-ajout-site" className="fr-h5">
            Ajouter un site
          </h2>
          <SiteForm centreId={centre.id} />
        </section>
      </div>
    </div>
  );
}
