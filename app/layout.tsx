import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/client";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CERES", template: "%s — CERES" },
  description: "CERES — CERtifications Emplois : les titres professionnels du ministère du Travail",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html {...getHtmlAttributes({ lang: "fr" })}>
      <head>
        <StartDsfrOnHydration />
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <DsfrProvider>{children}</DsfrProvider>
      </body>
    </html>
  );
}
