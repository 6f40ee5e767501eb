import type { Metadata } from "next";
import { candidatTitle } from "@/components/layout/record-titles";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { getCandidatForUser } from "@/lib/candidats/queries";
import { formatIsoDate } from "@/lib/dates";
import { CandidatForm } from "../../_components/CandidatForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return candidatTitle("Modifier la fiche candidat", (await params).id);
}

export default async function EditCandidatPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const c = await getCandidatForUser(user, (await params).id);
  if (!c || c.mergedIntoId) notFound();
  const commune = (code: string, nom: string, validFrom: string) => ({ code, nom, kind: "commune" as const, validFrom, validTo: null, label: `${nom} (code INSEE ${code})`, status: null, parent: null });
  const civilite = c.civilite === "Madame" || c.civilite === "Monsieur" ? c.civilite : undefined;
  return (
    <>
      <h2 className="fr-h4">Modifier la fiche</h2>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <CandidatForm
            existing={{
              id: c.id,
              version: c.version,
              values: {
                civilite,
                nomNaissance: c.nomNaissance,
                nomUsage: c.nomUsage ?? "",
                prenoms: c.prenoms,
                dateNaissance: formatIsoDate(c.dateNaissance),
                lieuNaissance: c.naissanceCommuneCode ? "france" : "etranger",
                naissanceCommuneCode: c.naissanceCommuneCode ?? "",
                naissancePaysCode: c.naissancePaysCode ?? "",
                naissanceVille: c.naissanceVille ?? "",
                residenceCommuneCode: c.residenceCommuneCode ?? "",
                adresse: c.adresse ?? "",
                codePostal: c.codePostal ?? "",
                email: c.email ?? "",
                telephone: c.telephone ?? "",
              },
              places: {
                naissanceCommune: c.naissanceCommuneCode ? commune(c.naissanceCommuneCode, c.naissanceCommuneNom ?? "", c.dateNaissance) : null,
                naissancePays: c.naissancePaysCode ? { code: c.naissancePaysCode, nom: c.naissancePaysNom ?? c.naissancePaysCode } : null,
                residence: c.residenceCommuneCode ? commune(c.residenceCommuneCode, c.residenceCommuneNom ?? "", "") : null,
              },
            }}
          />
        </div>
      </div>
    </>
  );
}
