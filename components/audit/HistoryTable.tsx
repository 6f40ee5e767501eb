import { roleLabels } from "@/lib/auth/current-user";
import type { AuditEventView } from "@/lib/audit/queries";
import { actionLabel, fieldLabels, formatAuditValue } from "@/lib/audit/labels";
import { formatDateTimeParis } from "@/lib/dates";

function Changes({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  // jsonb does not keep key order: show the fields in the order of fieldLabels, unknown ones last.
  const rank = (key: string) => (key in fieldLabels ? Object.keys(fieldLabels).indexOf(key) : Number.MAX_SAFE_INTEGER);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort((x, y) => rank(x) - rank(y));
  if (keys.length === 0) return <>—</>;
  return (
    <ul className="fr-mb-0">
      {keys.map((key) => (
        <li key={key}>
          {fieldLabels[key] ?? key} :{" "}
          {key in b ? (
            <>
              <del>{formatAuditValue(b[key], key)}</del> → {formatAuditValue(a[key], key)}
            </>
          ) : (
            formatAuditValue(a[key], key)
          )}
        </li>
      ))}
    </ul>
  );
}

/** The "Historique" tab of any detail page: who did what, when, and what changed. */
export function HistoryTable({ events }: { events: AuditEventView[] }) {
  if (events.length === 0) return <p>Aucun événement enregistré.</p>;
  return (
    <div className="fr-table fr-table--no-caption">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>Historique des modifications</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Par</th>
                  <th scope="col">Action</th>
                  <th scope="col">Modifications</th>
                  <th scope="col">Motif</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id}>
                    <td>{formatDateTimeParis(event.occurredAt)}</td>
                    <td>
                      {event.actorLabel ?? "—"}
                      {event.actorRole && (
                        <>
                          <br />
                          <span className="fr-text--xs">{roleLabels[event.actorRole as keyof typeof roleLabels] ?? event.actorRole}</span>
                        </>
                      )}
                    </td>
                    <td>{actionLabel(event.action)}</td>
                    <td className="fr-cell--multiline fr-col--md">
                      <Changes before={event.before} after={event.after} />
                    </td>
                    <td className="fr-cell--multiline">{event.reason ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
