import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { clientIp } from "@/lib/auth/client-ip";
import { SIGNATURE_PARAM } from "@/lib/parchemins/signature";
import { AUCUN_PARCHEMIN, verifierParcheminPublic } from "@/lib/parchemins/verification";
import { takeVerification, tropDeVerifications, verificationLimiter } from "@/lib/parchemins/verification-rate-limit";
import { NumeroForm } from "../_components/NumeroForm";
import { ParcheminVerifieCard, SignatureAlert } from "../_components/ParcheminVerifieCard";

// Personal data of a holder: never in a search engine.
export const metadata: Metadata = { title: "Vérification d'un parchemin", robots: { index: false, follow: false } };

type Props = { params: Promise<{ numero: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function VerificationPage({ params, searchParams }: Props) {
  const saisie = decoded((await params).numero).slice(0, 64);
  const signature = (await searchParams)[SIGNATURE_PARAM];
  const allowed = await takeVerification(verificationLimiter(), clientIp(await headers()));
  if (!allowed.ok) {
    return (
      <Layout>
        <Alert severity="error" title="Vérification refusée" description={tropDeVerifications(allowed.retryAfterSeconds)} role="alert" />
      </Layout>
    );
  }
  const signed = typeof signature === "string" && signature !== "" ? signature : null;
  const verification = await verifierParcheminPublic(saisie, signed);
  if (!verification.trouve) {
    return (
      <Layout>
        <Alert severity="error" title="Parchemin introuvable" description={AUCUN_PARCHEMIN} role="alert" className="fr-mb-4w" data-testid="verification-introuvable" />
        <NumeroForm defaultValue={saisie} />
      </Layout>
    );
  }
  return (
    <Layout>
      {verification.signature && <SignatureAlert signature={verification.signature} />}
      <ParcheminVerifieCard parchemin={verification.parchemin} />
    </Layout>
  );
}

function Layout({ children }: { children: React.ReactNode }) {
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Vérification d&apos;un parchemin</h1>
        {children}
        <ul className="fr-links-group fr-mt-4w">
          <li>
            <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/verifier">
              Vérifier un autre numéro
            </Link>
          </li>
          <li>
            <Link className="fr-link" href="/verifier/hors-ligne">
              Vérifier sans connexion avec le QR code signé
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
