"use client";

import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { usePathname, useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { currentTab } from "./current-tab";

/** DSFR tabs whose tabs are routes: each tab has its own URL, the panel is the current page (or a sub-page of its tab). */
export function RouteTabs({ tabs, label, children }: { tabs: { href: string; label: string }[]; label: string; children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const selected = currentTab(tabs, pathname).href;
  return (
    <Tabs
      label={label}
      selectedTabId={selected}
      tabs={tabs.map((t) => ({ tabId: t.href, label: t.label }))}
      onTabChange={(href) => router.push(href)}
    >
      {children}
    </Tabs>
  );
}
