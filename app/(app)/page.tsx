import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/auth-session";
import { CentreHome } from "./_components/CentreHome";
import { NationalHome } from "./_components/NationalHome";
import { RegionalHome } from "./_components/RegionalHome";

export const metadata: Metadata = { title: "Accueil" };

export default async function HomePage() {
  const user = await requireUser();
  switch (user.role) {
    case "national":
      return <NationalHome user={user} />;
    case "regional":
      return <RegionalHome user={user} />;
    case "centre":
      return <CentreHome user={user} />;
  }
}
