import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { oidcSettings } from "@/auth";
import { getCurrentUser } from "@/lib/auth/auth-session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { messageForSignInRedirect } from "@/lib/auth/sign-in-messages";
import { OidcForm } from "./_components/OidcForm";
import { SignInForm } from "./_components/SignInForm";

export const metadata: Metadata = { title: "Connexion" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const oidc = oidcSettings();
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion à CERES</h1>
        <p>CERES est réservé aux agents du ministère du Travail et aux centres de formation habilités.</p>
        {oidc && (
          <section className="fr-mb-4w" aria-labelledby="titre-proconnect">
            <h2 id="titre-proconnect" className="fr-h5">
              Avec {oidc.name}
            </h2>
            <OidcForm callbackUrl={callbackUrl} />
            <p className="fr-hr-or fr-mt-3w">ou</p>
          </section>
        )}
        <section aria-labelledby="titre-mot-de-passe">
          <h2 id="titre-mot-de-passe" className="fr-h5">
            Avec votre adresse électronique et votre mot de passe
          </h2>
          <SignInForm callbackUrl={callbackUrl} initialMessage={messageForSignInRedirect(params)} />
        </section>
      </div>
    </div>
  );
}
