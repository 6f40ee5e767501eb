import { html, type Html } from "@/lib/html/html";
import { homeLinkProps, MINISTERE_LIGNES, SERVICE } from "./brand";

/**
 * The public shell (skip links, header, main, footer) as HTML text, with the DSFR's markup and the words of
 * the React shell (Shell.tsx, for a visitor who is not signed in): for the few public pages a route handler
 * writes without React, where speed matters more than interactivity (docs/verification.md). No script:
 * an anonymous header has no menu to open.
 */
type Page = { titre: string; robots?: string; stylesheets: readonly string[]; contenu: Html };

const logo = html`<p class="fr-logo">${MINISTERE_LIGNES.map((ligne, i) => html`${i > 0 ? html`<br>` : ""}${ligne}`)}</p>`;
const accueil = (inner: Html) => html`<a href="${homeLinkProps.href}" title="${homeLinkProps.title}">${inner}</a>`;

const SITES = ["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"];

function nouvelleFenetre(href: string, text: string, className?: string): Html {
  return html`<a${className ? html` class="${className}"` : ""} href="${href}" target="_blank" rel="noopener" title="${text} - nouvelle fenêtre">${text}</a>`;
}

const HEADER = html`<header role="banner" id="fr-header" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row"><div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo">${logo}</div></div><div class="fr-header__service">${accueil(html`<p class="fr-header__service-title">${SERVICE.title}</p>`)}<p class="fr-header__service-tagline">${SERVICE.tagline}</p></div></div></div></div></div></header>`;

const FOOTER = html`<footer id="fr-footer" class="fr-footer" role="contentinfo"><div class="fr-container"><div class="fr-footer__body"><div class="fr-footer__brand fr-enlarge-link">${accueil(logo)}</div><div class="fr-footer__content"><p class="fr-footer__content-desc">${SERVICE.description}</p><ul class="fr-footer__content-list">${SITES.map((site) => html`<li class="fr-footer__content-item">${nouvelleFenetre(`https://${site}`, site, "fr-footer__content-link")}</li>`)}</ul></div></div><div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/accessibilite">Accessibilité : partiellement conforme</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li><li class="fr-footer__bottom-item"><span class="fr-footer__bottom-link">Version ${process.env.NEXT_PUBLIC_APP_VERSION ?? ""}</span></li></ul><div class="fr-footer__bottom-copy"><p>Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous ${nouvelleFenetre("https://github.com/etalab/licence-ouverte/blob/master/LO.md", "licence etalab-2.0")}</p></div></div></div></footer>`;

const SKIP_LINKS = html`<div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Aller au contenu</a></li><li><a class="fr-link" href="#fr-footer">Aller au pied de page</a></li></ul></nav></div>`;

export function publicPageHtml({ titre, robots, stylesheets, contenu }: Page): Html {
  return html`<!DOCTYPE html><html lang="fr" data-fr-scheme="light" data-fr-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${stylesheets.map((href) => html`<link rel="stylesheet" href="${href}">`)}<title>${titre} — CERES</title>${robots ? html`<meta name="robots" content="${robots}">` : ""}<link rel="icon" href="/favicon.ico"></head><body>${SKIP_LINKS}${HEADER}<main id="contenu" class="ceres-main fr-container fr-py-6w" tabindex="-1">${contenu}</main>${FOOTER}</body></html>`;
}
