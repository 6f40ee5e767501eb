"use client";

import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";
import { signInWithOidcAction } from "../actions";

export function OidcForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form action={signInWithOidcAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {/* The button submits the form; the server action starts the OpenID Connect flow. */}
      <ProConnectButton onClick={() => undefined} />
    </form>
  );
}
