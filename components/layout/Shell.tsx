import type { ReactNode } from "react";
import { describeScope, type CurrentUser } from "@/lib/auth/current-user";
import { navigationFor } from "@/lib/navigation";
import { signOutAction } from "./actions";
import { AppFooter } from "./AppFooter";
import { AppHeader } from "./AppHeader";
import { getScopeNames } from "@/lib/users/scope-names";
import { SkipLinks } from "./SkipLinks";

/** Header, main and footer of every page; the header shows the user and their navigation when signed in. */
export async function Shell({ user, children }: { user: CurrentUser | null; children: ReactNode }) {
  const identity = user ? { name: `${user.prenom} ${user.nom}`, scope: describeScope(user, await getScopeNames(user)) } : undefined;
  return (
    <>
      <SkipLinks menu={Boolean(user)} />
      <AppHeader identity={identity} navigation={user ? navigationFor(user) : []} signOutAction={user ? signOutAction : undefined} />
      <main id="contenu" className="ceres-main fr-container fr-py-6w" tabIndex={-1}>
        {children}
      </main>
      <AppFooter />
    </>
  );
}
