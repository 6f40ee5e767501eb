import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TableFilters } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { formatDateTimeParis, formatIsoDate } from "@/lib/dates";
import { convocationListSpec, queryConvocationList } from "@/lib/jures/convocation-query";
import { nomPrenoms } from "@/lib/jures/display";
import { listDepartementOptions } from "@/lib/jures/queries";
import { listSessionJuryForUser } from "@/lib/sessions/jury-queries";
import { juryClosedReason } from "@/lib/sessions/jury-messages";
import { getSessionForUser } from "@/lib/sessions/load";
import { JURY_MINIMUM } from "@/lib/sessions/transitions";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { ConvocationTable } from "../../../jures/a-convoquer/_components/ConvocationTable";
import { RemoveJureForm } from "./_components/RemoveJureForm";
import { convokeJuresAction } from "./actions";

export const metadata: Metadata = { title: "Jury de la session" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** The jury of a session: who is convened, who was removed and why, and the list of jurors to convene. */
export default async function SessionJuryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const session = await getSessionForUser(user, id);
  if (!session) notFound();
  const jury = await listSessionJuryForUser(user, session.id);
  const actifs = jury.filter((j) => !j.retireAt);
  const retires = jury.filter((j) => j.retireAt);
  const closed = juryClosedReason(session.statut);
  const listParams = parseListParams(query, convocationListSpec);
  const criteria = { titreVersionId: session.titreVersionId, debut: session.dateDebut, fin: session.dateFin, centreId: session.centreId, sessionId: session.id };
  const [list, departements] = closed ? [null, []] : await Promise.all([queryConvocationList(user, criteria, listParams), listDepartementOptions()]);
  const jours = session.dateDebut === session.dateFin ? `le ${formatIsoDate(session.dateDebut)}` : `du ${formatIsoDate(session.dateDebut)} au ${formatIsoDate(session.dateFin)}`;

  return (
    <>
      <h2 className="fr-h4">Jury convoqué</h2>
      <p data-testid="jury-compte">
        {actifs.length === 0 ? "Aucun juré convoqué." : `${actifs.length} juré${actifs.length > 1 ? "s" : ""} convoqué${actifs.length > 1 ? "s" : ""}.`} Un jury compte au moins{" "}
        {JURY_MINIMUM} jurés habilités.
      </p>
      {actifs.length > 0 && (
        <div className="fr-table fr-table--no-caption">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table data-testid="jury-actif">
                  <caption>Jurés convoqués à la session</caption>
                  <thead>
                    <tr>
                      <th scope="col">Juré</th>
                      <th scope="col">Convoqué le</th>
                      <th scope="col">Par</th>
                      <th scope="col">Lettre envoyée par courriel</th>
                      {!closed && <th scope="col">Retrait</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {actifs.map((j) => (
                      <tr key={j.id} data-row-key={j.jureId}>
                        <td>{`${j.civilite} ${nomPrenoms(j)}`}</td>
                        <td>{formatDateTimeParis(j.convoqueAt)}</td>
                        <td>{j.convoquePar ?? "—"}</td>
                        <td>
                          {j.lettreEnvoyeeAt ? formatDateTimeParis(j.lettreEnvoyeeAt) : "Pas encore envoyée"}
                          {j.lettreARenvoyer && (
                            <>
                              {" "}
                              <Badge severity="warning" small noIcon>
                                À renvoyer
                              </Badge>
                              <span className="fr-sr-only"> : les dates ou l&apos;heure ont changé depuis l&apos;envoi</span>
                            </>
                          )}
                        </td>
                        {!closed && (
                          <td>
                            <RemoveJureForm sessionId={session.id} jureId={j.jureId} nom={nomPrenoms(j)} />
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

      {retires.length > 0 && (
        <>
          <h3 className="fr-h6">Jurés retirés du jury</h3>
          <ul data-testid="jury-retires">
            {retires.map((j) => (
              <li key={j.id}>
                {`${j.civilite} ${nomPrenoms(j)}`} — retiré le {formatDateTimeParis(j.retireAt)}
                {j.retirePar ? ` par ${j.retirePar}` : ""} : {j.motifRetrait}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="fr-h4 fr-mt-4w">Jurés à convoquer</h2>
      {closed ? (
        <Alert severity="info" small description={closed} data-testid="jury-ferme" />
      ) : !list ? (
        <Alert
          severity="warning"
          small
          description="Le centre n'a pas d'agrément valide pour cette version du titre sur ces dates : la liste des jurés n'est pas disponible."
        />
      ) : (
        <section aria-label="Jurés à convoquer">
          <p>
            Les jurés habilités pour {session.titreCode} (version {session.millesime}), pour la session {jours} du centre {session.centreRaisonSociale} : les
            éligibles d&apos;abord, puis les autres avec la raison. Sélectionnez des jurés éligibles puis « Convoquer » : l&apos;éligibilité est vérifiée
            de nouveau à l&apos;enregistrement.
          </p>
          <TableFilters
            action={`/sessions/${session.id}/jury`}
            values={listParams.filters}
            keep={{ tri: listParams.sort, ordre: listParams.dir, taille: String(listParams.pageSize) }}
            fields={[
              { type: "search", name: "q", label: "Nom ou prénom" },
              { type: "select", name: "departement", label: "Département de résidence", options: departements.map((d) => ({ value: d.value, label: d.label })) },
            ]}
          />
          <ConvocationTable
            rows={list.rows}
            total={list.total}
            eligibles={list.eligibles}
            page={listParams.page}
            pageSize={listParams.pageSize}
            sort={listParams.sort}
            dir={listParams.dir}
            session={{ debut: session.dateDebut, fin: session.dateFin }}
            showBirthDate={user.role !== "centre"}
            exportHref=""
            convoke={{ sessionId: session.id, action: convokeJuresAction, convened: actifs.map((j) => j.jureId) }}
          />
        </section>
      )}
    </>
  );
}
