import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { formatDateTimeParis } from "@/lib/dates";

export function StatutParchemin({ statut, annuleAt }: { statut: "valide" | "annule"; annuleAt: Date | null }) {
  return statut === "valide" ? (
    <Badge severity="success" small noIcon>
      Valide
    </Badge>
  ) : (
    <Badge severity="error" small noIcon>
      {`Annulé le ${formatDateTimeParis(annuleAt)}`}
    </Badge>
  );
}
