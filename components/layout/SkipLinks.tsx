"use client";

import type { MouseEvent } from "react";

/**
 * DSFR skip links, first in the page. "Aller au contenu" lands on the page's title (h1) when there is one,
 * so that the next Tab reaches the page's first control rather than its breadcrumb; without JavaScript,
 * or on a page without h1, the link lands on <main id="contenu">.
 */
function toContent(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById("contenu");
  const heading = main?.querySelector<HTMLElement>("h1");
  if (!heading) return;
  event.preventDefault();
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus();
}

export function SkipLinks({ menu }: { menu: boolean }) {
  return (
    <div className="fr-skiplinks">
      <nav className="fr-container" role="navigation" aria-label="Accès rapide">
        <ul className="fr-skiplinks__list">
          <li>
            <a className="fr-link" href="#contenu" onClick={toContent}>
              Aller au contenu
            </a>
          </li>
          {menu && (
            <li>
              {/* The id Header gives its MainNavigation (react-dsfr). */}
              <a className="fr-link" href="#fr-header-main-navigation">
                Aller au menu
              </a>
            </li>
          )}
          <li>
            <a className="fr-link" href="#fr-footer">
              Aller au pied de page
            </a>
          </li>
        </ul>
      </nav>
    </div>
  );
}
