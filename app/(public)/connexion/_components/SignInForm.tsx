"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { useActionState } from "react";
import { signInWithPasswordAction, type SignInState } from "../actions";

export function SignInForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage: string | null }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPasswordAction, {
    message: initialMessage,
    email: "",
  });
  return (
    <form action={formAction} noValidate>
      {state.message && (
        <Alert severity="error" small description={state.message} className="fr-mb-3w" role="alert" data-testid="erreur-connexion" />
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Input
        label="Adresse électronique"
        hintText="Format attendu : prenom.nom@domaine.fr"
        nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true, defaultValue: state.email }}
      />
      <PasswordInput label="Mot de passe" nativeInputProps={{ name: "password", autoComplete: "current-password", required: true }} />
      <Button type="submit" disabled={pending} className="fr-mt-2w">
        {pending ? "Connexion en cours…" : "Se connecter"}
      </Button>
    </form>
  );
}
