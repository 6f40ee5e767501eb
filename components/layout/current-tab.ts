export type RouteTab = { href: string; label: string };

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);
const isBelow = (path: string, href: string) => path.startsWith(`${href}/`);

/**
 * The selected tab of a page whose tabs are routes: the tab whose path is the current path or, for a sub-page
 * (`/sessions/x/candidats/nouveau`), the most precise tab above it. The root tab — the record itself, an
 * ancestor of every other tab — is only matched exactly: otherwise every sub-page would select it. A page
 * under no tab falls back to the first tab.
 */
export function currentTab<T extends RouteTab>(tabs: T[], pathname: string): T {
  const path = trimSlash(pathname);
  const exact = tabs.find((t) => trimSlash(t.href) === path);
  if (exact) return exact;
  const isRoot = (t: T) => tabs.every((other) => other === t || isBelow(trimSlash(other.href), trimSlash(t.href)));
  const above = tabs.filter((t) => !isRoot(t) && isBelow(path, trimSlash(t.href))).sort((a, b) => b.href.length - a.href.length);
  return above[0] ?? tabs[0]!;
}
