import type { ReactNode } from "react";
import { Shell } from "@/components/layout/Shell";
import { getCurrentUser } from "@/lib/auth/auth-session";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  return <Shell user={await getCurrentUser()}>{children}</Shell>;
}
