import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/auth-session";
import { TITRES_COLUMNS, TITRES_UPLOAD } from "@/lib/titres/import/parse";
import { TitresImport } from "./_components/TitresImport";

export const metadata: Metadata = { title: "Importer des titres" };

// The import belongs to the national administration: for every other role this page does not exist.
export default async function ImportTitresPage() {
  await requireRole("national");
  return (
    <>
      <Breadcrumb
        currentPageLabel="Importer des titres"
        segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Titres professionnels", linkProps: { href: "/titres" } }]}
      />
      <h1>Importer des titres</h1>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-10">
          <p>
            Le fichier met à jour les titres, leurs versions et leurs CCP. L&apos;import se fait en deux temps : une <strong>simulation</strong>{" "}
            montre, ligne par ligne, ce qui serait créé, modifié, laissé inchangé ou rejeté, sans rien enregistrer ; vous pouvez ensuite{" "}
            <strong>appliquer l&apos;import</strong> tel que la simulation l&apos;a montré.
          </p>
          <ul className="fr-text--sm">
            <li>
              Format : CSV encodé en UTF-8, séparateur virgule, {Math.round(TITRES_UPLOAD.maxBytes / 1024 / 1024)} Mo au plus, avec les colonnes{" "}
              <code>{TITRES_COLUMNS.join(", ")}</code> (les autres colonnes sont ignorées).
            </li>
            <li>
              Une version est reconnue par son millésime, ou à défaut par sa date de version. Une cellule vide conserve la valeur
              enregistrée : un fichier n&apos;efface rien.
            </li>
            <li>Les CCP d&apos;une version sont séparés par « | », dans leur ordre.</li>
          </ul>
        </div>
      </div>
      <TitresImport maxBytes={TITRES_UPLOAD.maxBytes} />
    </>
  );
}
