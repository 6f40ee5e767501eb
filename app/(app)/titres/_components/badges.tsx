import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { versionStateLabels, type VersionState } from "@/lib/titres/version-state";

const severities = { en_vigueur: "success", en_prolongation: "warning", expire: "error" } as const;

export function StateBadge({ state, small = true }: { state: VersionState; small?: boolean }) {
  return (
    <Badge severity={severities[state]} small={small} noIcon>
      {versionStateLabels[state]}
    </Badge>
  );
}

/** "À compléter", with what is missing written out (not only in a tooltip). */
export function MissingBadge({ missing }: { missing: string[] }) {
  return (
    <span className="ceres-missing">
      <Badge severity="new" small noIcon>
        À compléter
      </Badge>
      <span className="fr-text--xs"> {missing.includes("version") ? "Aucune version" : `Manque : ${missing.join(", ")}`}</span>
    </span>
  );
}
