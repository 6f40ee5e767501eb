import "server-only";
import { createGetHtmlAttributes, DsfrHeadBase, type DsfrHeadProps } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import Link from "next/link";

// A light scheme only: the dark-scheme switch needs an inline script before hydration.
export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme: "light" });

export function DsfrHead(props: DsfrHeadProps) {
  return <DsfrHeadBase Link={Link} {...props} />;
}
