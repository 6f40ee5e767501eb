import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { VALCE_COLUMNS } from "@/lib/agrements/valce/parse";

/** The documentation of the file, generated from the column list the parser reads. */
export function ValceFormatHelp() {
  return (
    <Accordion label="Format du fichier : colonnes attendues" titleAs="h2" className="fr-mb-4w">
      <p className="fr-text--sm">
        Un fichier CSV dont les colonnes sont séparées par des points-virgules (;), avec une ligne d&apos;en-tête. L&apos;encodage est
        reconnu seul : Windows-1252 (format de l&apos;export VALCE) ou UTF-8, avec ou sans BOM. Les en-têtes peuvent être écrits en
        majuscules, sans accents ou avec des soulignés, et dans n&apos;importe quel ordre. Les dates s&apos;écrivent JJ/MM/AAAA (comme
        VALCE) ou AAAA-MM-JJ.
      </p>
      <div className="fr-table fr-table--sm fr-table--multiline fr-table--no-caption">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Colonnes du fichier VALCE</caption>
                <thead>
                  <tr>
                    <th scope="col">En-tête</th>
                    <th scope="col">Obligatoire</th>
                    <th scope="col">Contenu</th>
                  </tr>
                </thead>
                <tbody>
                  {VALCE_COLUMNS.map((c) => (
                    <tr key={c.key}>
                      <td className="ceres-nowrap">
                        <code>{c.header}</code>
                      </td>
                      <td>{c.required ? "oui" : "non"}</td>
                      <td>{c.help}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <ul className="fr-text--sm">
        <li>Un SIRET inconnu de CERES crée le centre, à l&apos;adresse du site ; sa région et son département viennent de la commune.</li>
        <li>La décision « Acceptée » rend l&apos;agrément accepté, quel que soit l&apos;état d&apos;instruction indiqué par VALCE.</li>
        <li>Un agrément déjà importé (même identifiant VALCE) est mis à jour ; une cellule vide garde la valeur enregistrée.</li>
        <li>Une décision déjà prise dans CERES (acceptée, refusée, retirée) n&apos;est jamais remplacée par un import.</li>
        <li>Importer deux fois le même fichier ne change rien la seconde fois.</li>
      </ul>
    </Accordion>
  );
}
