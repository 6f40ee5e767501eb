import { Tag } from "@codegouvfr/react-dsfr/Tag";
import Link from "next/link";
import { formatIsoDate } from "@/lib/dates";
import type { TitreVersionDetail } from "@/lib/titres/queries";
import { MissingBadge, StateBadge } from "./badges";
import { DeleteCcpButton } from "./CcpDeletion";

const toComplete = <span className="fr-text--sm ceres-prompt">À compléter</span>;

/** One version of a title: its identity, its validity and its CCPs in order. */
export function VersionSection({ titreId, version, canEdit }: { titreId: string; version: TitreVersionDetail; canEdit: boolean }) {
  const base = `/titres/${titreId}/versions/${version.id}`;
  const headingId = `version-${version.id}`;
  return (
    <article id={headingId} aria-labelledby={`${headingId}-titre`} className="ceres-version fr-p-3w fr-mb-3w">
      <div className="ceres-table-toolbar fr-mb-2w">
        <h3 id={`${headingId}-titre`} className="fr-h5 fr-mb-0">
          {version.label.charAt(0).toUpperCase() + version.label.slice(1)}{" "}
          {version.current && (
            <Tag small as="span">
              Version en cours
            </Tag>
          )}
        </h3>
        {canEdit && (
          <Link className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-edit-line fr-btn--icon-left" href={`${base}/modifier`}>
            Modifier la version<span className="fr-sr-only"> {version.label}</span>
          </Link>
        )}
      </div>
      {version.manquants.length > 0 && (
        <p className="fr-mb-2w">
          <MissingBadge missing={version.manquants} />
        </p>
      )}
      <dl className="ceres-dl">
        <dt>Millésime</dt>
        <dd>{version.millesime ?? "—"}</dd>
        <dt>Date de version</dt>
        <dd>{version.dateVersion ? formatIsoDate(version.dateVersion) : toComplete}</dd>
        <dt>Niveau</dt>
        <dd>{version.niveau ?? toComplete}</dd>
        <dt>RNCP</dt>
        <dd>{version.rncp ?? "—"}</dd>
        <dt>Code NSF</dt>
        <dd>{version.nsfCode ? `${version.nsfCode} — ${version.nsfLibelle ?? ""}` : toComplete}</dd>
        <dt>Fin de vie</dt>
        <dd>{version.finDeVie ? formatIsoDate(version.finDeVie) : "Non fixée"}</dd>
        <dt>État</dt>
        <dd>
          <StateBadge state={version.etat} />
        </dd>
        <dt>Fin de prolongation</dt>
        <dd>
          {version.finProlongation ? `${formatIsoDate(version.finProlongation)} (sessions des CFA et CRP)` : "—"}
        </dd>
      </dl>

      <div className="ceres-table-toolbar fr-mt-3w fr-mb-1w">
        <h4 className="fr-h6 fr-mb-0">CCP ({version.ccps.length})</h4>
        {canEdit && (
          <Link className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-add-line fr-btn--icon-left" href={`${base}/ccps/nouveau`}>
            Ajouter un CCP<span className="fr-sr-only"> à la version {version.label}</span>
          </Link>
        )}
      </div>
      {version.ccps.length === 0 ? (
        <p className="fr-text--sm">Aucun CCP enregistré pour cette version.</p>
      ) : (
        <div className="fr-table fr-table--sm fr-table--no-caption fr-mb-0">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>CCP de la version {version.label}</caption>
                  <thead>
                    <tr>
                      <th scope="col">N°</th>
                      <th scope="col">Intitulé</th>
                      {canEdit && <th scope="col">Actions</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {version.ccps.map((ccp) => (
                      <tr key={ccp.id}>
                        <td>{ccp.numero}</td>
                        <td className="fr-cell--multiline">{ccp.libelle}</td>
                        {canEdit && (
                          <td>
                            <div className="ceres-row-actions">
                              <Link className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" href={`${base}/ccps/${ccp.id}/modifier`}>
                                Modifier<span className="fr-sr-only"> le CCP {ccp.numero}</span>
                              </Link>
                              <DeleteCcpButton target={{ versionId: version.id, version: version.version, ccpId: ccp.id, numero: ccp.numero, libelle: ccp.libelle }} />
                            </div>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
    </article>
  );
}
