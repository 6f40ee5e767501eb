import { getDb, type DbOrTx } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ConvocationCriteria } from "./convocation-sql";
import { iterateConvocationList, queryConvocationList, type ConvocationView } from "./convocation-query";

/**
 * The CSV export of the list of jurors to convene: checked like the page (null → 404), then recorded on the
 * centre of the session — who, for which criteria, how many rows — before the first row leaves, so an
 * interrupted download is recorded too.
 */
export async function exportConvocationList(
  user: CurrentUser,
  session: { criteria: ConvocationCriteria; versionLabel: string },
  view: ConvocationView,
  tx: DbOrTx = getDb(),
) {
  const { criteria } = session;
  const counted = await queryConvocationList(user, criteria, { ...view, page: 1, pageSize: 1 }, tx);
  if (!counted) return null;
  await recordAudit(tx, user, {
    action: "centre.jures_a_convoquer_exportes",
    entityType: "centre",
    entityId: criteria.centreId,
    after: {
      titre: session.versionLabel,
      titreVersionId: criteria.titreVersionId,
      du: criteria.debut,
      au: criteria.fin,
      departement: view.filters.departement ?? null,
      recherche: view.filters.q ?? null,
      lignes: counted.total,
    },
  });
  return { total: counted.total, pages: iterateConvocationList(user, criteria, view, 2000, tx) };
}
