import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/auth-session";
import { IMPORT_COLUMNS, JURES_UPLOAD } from "@/lib/jures/import/parse";
import { JuresImport } from "./_components/JuresImport";

export const metadata: Metadata = { title: "Importer des habilitations" };

export default async function ImportJuresPage() {
  await requireRole("national", "regional");
  return (
    <>
      <Breadcrumb currentPageLabel="Importer des habilitations" segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Jurés", linkProps: { href: "/jures" } }]} />
      <h1>Importer des habilitations</h1>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-10">
          <p>
            Reprise de l&apos;export de l&apos;ancien système : une ligne par période d&apos;habilitation. La <strong>simulation</strong> montre, ligne
            par ligne, le juré (nouveau, ou déjà enregistré et reconnu sur son nom de naissance, ses prénoms et sa date de naissance), la période
            (nouvelle ou déjà enregistrée) ou la raison du rejet, sans rien enregistrer. Vous pouvez ensuite <strong>appliquer l&apos;import</strong>{" "}
            tel que la simulation l&apos;a montré ; l&apos;appliquer une seconde fois n&apos;ajoute rien.
          </p>
          <ul className="fr-text--sm">
            <li>
              Format : CSV séparé par des points-virgules, encodé en UTF-8 ou en Windows-1252 (Excel), {Math.round(JURES_UPLOAD.maxBytes / 1024 / 1024)} Mo au
              plus, avec les colonnes <code>{IMPORT_COLUMNS.join(", ")}</code>.
            </li>
            <li>Dates au format JJ/MM/AAAA ; communes par leur code INSEE (la commune de naissance telle qu&apos;elle était à la date de naissance).</li>
            <li>Un fichier n&apos;efface rien : une valeur déjà enregistrée est conservée, et la différence est signalée.</li>
          </ul>
        </div>
      </div>
      <JuresImport maxBytes={JURES_UPLOAD.maxBytes} />
    </>
  );
}
