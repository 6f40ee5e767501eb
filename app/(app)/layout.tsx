import type { ReactNode } from "react";
import { Shell } from "@/components/layout/Shell";
import { requireUser } from "@/lib/auth/auth-session";

// Every page below needs a signed-in user; what each may see is decided by the queries in lib/.
export default async function AppLayout({ children }: { children: ReactNode }) {
  return <Shell user={await requireUser()}>{children}</Shell>;
}
