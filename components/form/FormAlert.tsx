"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useEffect, useRef } from "react";

/** The general message of a refused form; focused so that screen reader users hear it. */
export function FormAlert({ message }: { message?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" data-testid="erreur-formulaire">
      <Alert severity="error" small description={message} role="alert" />
    </div>
  );
}
