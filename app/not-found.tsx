import type { Metadata } from "next";
import Link from "next/link";
import { Shell } from "@/components/layout/Shell";
import { getCurrentUser } from "@/lib/auth/auth-session";

export const metadata: Metadata = { title: "Page introuvable" };

// Also the answer for what exists outside the user's scope: "introuvable", never "interdit" (DOMAIN R9).
export default async function NotFound() {
  return (
    <Shell user={await getCurrentUser()}>
      <h1>Page introuvable</h1>
      <p className="fr-text--lead fr-mb-3w">Erreur 404</p>
      <p>
        La page que vous cherchez est introuvable. Vérifiez l&apos;adresse saisie ; si vous avez suivi un lien, il
        est peut-être ancien, ou cette page ne fait pas partie de votre périmètre.
      </p>
      <Link className="fr-btn" href="/">
        Revenir à l&apos;accueil
      </Link>
    </Shell>
  );
}
