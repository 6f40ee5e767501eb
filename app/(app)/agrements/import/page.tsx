import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { getScopeNames } from "@/lib/users/scope-names";
import { VALCE_UPLOAD } from "@/lib/agrements/valce/parse";
import { requireRole } from "@/lib/auth/auth-session";
import { ValceFormatHelp } from "./_components/ValceFormatHelp";
import { ValceImport } from "./_components/ValceImport";

export const metadata: Metadata = { title: "Import des agréments VALCE" };

// Centre users get a 404 (requireRole): the import exists only for those who instruct agréments.
export default async function ValceImportPage() {
  const user = await requireRole("national", "regional");
  const names = await getScopeNames(user);
  const scope =
    user.role === "national"
      ? "Vous importez pour l'ensemble du territoire."
      : user.departementCode
        ? `Vous importez pour l'UD ${names.departement ?? user.departementCode} : les lignes des centres situés hors de ce département sont rejetées.`
        : `Vous importez pour la DREETS ${names.region ?? user.regionCode} : les lignes des centres situés hors de cette région sont rejetées.`;
  return (
    <>
      <Breadcrumb currentPageLabel="Import VALCE" segments={[{ label: "Accueil", linkProps: { href: "/" } }]} />
      <h1>Importer des agréments depuis VALCE</h1>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-9">
          <p className="fr-text--lead">
            Déposez l&apos;export des agréments de VALCE : une simulation montre, ligne par ligne, les centres, sites et agréments
            qui seront créés ou mis à jour et les lignes rejetées, avec la raison. Rien n&apos;est enregistré avant que vous
            appliquiez l&apos;import.
          </p>
          <p>{scope}</p>
          <ValceFormatHelp />
        </div>
      </div>
      <ValceImport maxBytes={VALCE_UPLOAD.maxBytes} />
    </>
  );
}
