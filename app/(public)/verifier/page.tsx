import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatParcheminNumero, parseParcheminNumero } from "@/lib/parchemins/numero";
import { NumeroForm } from "./_components/NumeroForm";

export const metadata: Metadata = { title: "Vérifier un parchemin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VerifierPage({ searchParams }: Props) {
  const { numero } = await searchParams;
  const saisie = (typeof numero === "string" ? numero : "").trim().slice(0, 64);
  if (saisie) {
    // A number read correctly opens its printed form; anything else is still sent to the result page, which
    // answers every number it cannot find in the same words.
    const lu = parseParcheminNumero(saisie);
    redirect(`/verifier/${encodeURIComponent(lu.ok ? formatParcheminNumero(lu.numero) : saisie)}`);
  }
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-7">
        <h1>Vérifier un parchemin</h1>
        <p className="fr-text--lead">
          Un employeur, un recruteur ou le titulaire peut vérifier qu&apos;un parchemin de titre professionnel a bien été délivré par le
          ministère du Travail, et qu&apos;il n&apos;a pas été annulé.
        </p>
        <p>
          Saisissez le numéro imprimé en haut à droite du parchemin, ou scannez son QR code. Les minuscules, les espaces et les tirets sont
          acceptés.
        </p>
        <NumeroForm error={numero !== undefined && !saisie ? "Saisissez le numéro du parchemin." : undefined} />
        <p className="fr-mt-4w">
          <Link href="/verifier/hors-ligne">Vérifier un parchemin sans connexion, avec le QR code signé</Link>
        </p>
      </div>
    </div>
  );
}
