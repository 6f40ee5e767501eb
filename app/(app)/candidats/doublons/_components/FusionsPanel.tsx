import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listFusionsOfCandidat } from "@/lib/candidats/merge/queries";
import { formatDateTimeParis } from "@/lib/dates";

/** On a record's page: the merges it survived, each with a link to its record (where the undo is). */
export async function FusionsPanel({ user, candidatId, fusionId }: { user: CurrentUser; candidatId: string; fusionId?: string }) {
  const fusions = (await listFusionsOfCandidat(user, candidatId)).filter((f) => !f.annuleeAt);
  if (!fusions.length) return null;
  return (
    <section className="fr-mb-4w">
      {fusions.some((f) => f.id === fusionId) && (
        <Alert severity="success" small description="Les deux fiches sont fusionnées : la fiche fusionnée renvoie désormais ici." className="fr-mb-2w" />
      )}
      <h2 className="fr-h4">Fusions</h2>
      <ul>
        {fusions.map((f) => (
          <li key={f.id}>
            <Link href={`/candidats/doublons/fusions/${f.id}`}>Fusion du {formatDateTimeParis(f.fusionneAt)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
