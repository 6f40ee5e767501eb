"use client";

import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
import Link from "next/link";
import type { ReactNode } from "react";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export { StartDsfrOnHydration };

export function DsfrProvider({ children }: { children: ReactNode }) {
  return (
    <DsfrProviderBase lang="fr" Link={Link} defaultColorScheme="light">
      {children}
    </DsfrProviderBase>
  );
}
