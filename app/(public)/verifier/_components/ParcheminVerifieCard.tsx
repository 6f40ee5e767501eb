import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { formatIsoDate } from "@/lib/dates";
import { formatDateParis } from "@/lib/dates/paris";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import type { ParcheminVerifie, SignatureVerifiee } from "@/lib/parchemins/verification";

/** "Madame NGUYỄN Thị Lan", with the usage name as the parchemin prints it. */
function titulaire(p: ParcheminVerifie): string {
  const usage = p.nomUsage && p.nomUsage !== p.nomNaissance ? ` ${p.nomUsage}` : "";
  const naissance = usage ? ` (${p.civilite === "Madame" ? "née" : "né"} ${p.nomNaissance})` : "";
  return `${p.civilite}${usage || ` ${p.nomNaissance}`} ${p.prenoms}${naissance}`;
}

/** What the parchemin prints, row by row (and nothing else): shown to anyone who holds its number. */
export function lignesImprimees(p: ParcheminVerifie): [string, string][] {
  return [
    ["Numéro", formatParcheminNumero(p.numero)],
    ["Titre professionnel", p.titreIntitule],
    ["Code du titre", p.titreCode],
    ["Niveau", p.niveau === null ? "-" : `Niveau ${p.niveau}`],
    ["Code NSF", p.nsfCode],
    ["Numéro RNCP", p.rncp ?? "-"],
    ["Délivré à", titulaire(p)],
    [p.civilite === "Madame" ? "Née le" : "Né le", `${formatIsoDate(p.dateNaissance)} à ${p.lieuNaissance}`],
    ["Fait à", `${p.lieuDelivrance}, le ${formatIsoDate(p.delivreLe)}`],
  ];
}

export function statutLabel(p: Pick<ParcheminVerifie, "statut" | "annuleAt">): string {
  return p.statut === "valide" ? "Valide" : `Annulé le ${formatDateParis(p.annuleAt)}`;
}

export function ParcheminVerifieCard({ parchemin }: { parchemin: ParcheminVerifie }) {
  const valide = parchemin.statut === "valide";
  return (
    <section aria-labelledby="statut-parchemin" data-testid="parchemin-verifie">
      <h2 id="statut-parchemin" className="fr-h4">
        Statut :{" "}
        <Badge severity={valide ? "success" : "error"} data-testid="statut-parchemin">
          {statutLabel(parchemin)}
        </Badge>
      </h2>
      <p>
        {valide
          ? "Ce parchemin a été délivré par le ministère du Travail. Comparez les informations ci-dessous avec le document présenté."
          : "Ce parchemin a été délivré puis annulé par le ministère du Travail : il ne vaut plus titre professionnel."}
      </p>
      <div className="fr-table fr-table--no-caption-top">
        <table>
          <caption>Ce que le parchemin imprime</caption>
          <tbody>
            {lignesImprimees(parchemin).map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const SIGNATURE_MESSAGES: Record<SignatureVerifiee, { severity: "success" | "warning" | "error"; title: string; description: string }> = {
  valide: {
    severity: "success",
    title: "Signature valide",
    description: "Le QR code est signé par le ministère du Travail et ses informations correspondent à ce parchemin.",
  },
  differente: {
    severity: "warning",
    title: "Signature valide, informations différentes",
    description:
      "Le QR code est bien signé par le ministère du Travail, mais ses informations ne correspondent plus à ce parchemin (par exemple après une rectification de l'état civil). Fiez-vous aux informations ci-dessous.",
  },
  invalide: {
    severity: "error",
    title: "Signature invalide",
    description: "Le QR code n'est pas signé par le ministère du Travail ou a été modifié. Fiez-vous aux informations ci-dessous.",
  },
};

export function SignatureAlert({ signature }: { signature: SignatureVerifiee }) {
  const message = SIGNATURE_MESSAGES[signature];
  return <Alert severity={message.severity} title={message.title} description={message.description} className="fr-mb-4w" data-testid="signature-qr" />;
}
