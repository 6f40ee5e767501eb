"use client";

import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { usePathname, useRouter } from "next/navigation";
import type { ReactNode } from "react";

/** DSFR tabs whose tabs are routes: each tab has its own URL, the panel is the current page. */
export function RouteTabs({ tabs, label, children }: { tabs: { href: string; label: string }[]; label: string; children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const selected = tabs.find((t) => t.href === pathname)?.href ?? tabs[0]!.href;
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
