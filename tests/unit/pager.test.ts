import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Pager } from "@/components/data-table/Pager";

const links = (html: string) =>
  [...html.matchAll(/<a\b([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({
    text,
    href: /\shref="([^"]*)"/.exec(attributes!)?.[1],
    current: /\saria-current="true"/.test(attributes!),
    disabled: /\saria-disabled="true"/.test(attributes!),
  }));

describe("pagination commune aux listes et aux simulations d'import", () => {
  test("une seule page : pas de pagination", () => {
    expect(renderToStaticMarkup(createElement(Pager, { page: 1, pageCount: 1, href: (n) => `/titres?page=${n}` }))).toBe("");
    expect(renderToStaticMarkup(createElement(Pager, { page: 1, pageCount: 0, onChange: () => undefined }))).toBe("");
  });

  test("pages en liens : libellés français, page courante signalée, premières flèches inactives sur la page 1", () => {
    const html = renderToStaticMarkup(createElement(Pager, { page: 1, pageCount: 3, href: (n) => `/titres?q=%C3%98rsted&page=${n}` }));
    expect(html).toMatch(/<nav[^>]*aria-label="Pagination"/);
    expect(links(html)).toEqual([
      { text: "Première page", href: undefined, current: false, disabled: true },
      { text: "Page précédente", href: undefined, current: false, disabled: true },
      { text: "1", href: "/titres?q=%C3%98rsted&amp;page=1", current: true, disabled: false },
      { text: "2", href: "/titres?q=%C3%98rsted&amp;page=2", current: false, disabled: false },
      { text: "3", href: "/titres?q=%C3%98rsted&amp;page=3", current: false, disabled: false },
      { text: "Page suivante", href: "/titres?q=%C3%98rsted&amp;page=2", current: false, disabled: false },
      { text: "Dernière page", href: "/titres?q=%C3%98rsted&amp;page=3", current: false, disabled: false },
    ]);
  });

  test("pages d'un état de l'écran : chaque page reste un lien atteignable au clavier, les dernières flèches inactives sur la dernière page", () => {
    const html = renderToStaticMarkup(createElement(Pager, { page: 2, pageCount: 2, onChange: () => undefined }));
    expect(links(html)).toEqual([
      { text: "Première page", href: "#page-1", current: false, disabled: false },
      { text: "Page précédente", href: "#page-1", current: false, disabled: false },
      { text: "1", href: "#page-1", current: false, disabled: false },
      { text: "2", href: "#page-2", current: true, disabled: false },
      { text: "Page suivante", href: undefined, current: false, disabled: true },
      { text: "Dernière page", href: undefined, current: false, disabled: true },
    ]);
  });
});
