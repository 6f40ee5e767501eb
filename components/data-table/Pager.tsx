"use client";

import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

type PagerProps = {
  /** The current page, from 1. */
  page: number;
  pageCount: number;
} & (
  | {
      /** Pages are links (the page lives in the URL): back button, bookmarks, sharing. */
      href: (page: number) => string;
      onChange?: never;
    }
  | {
      /** Pages change a state of the screen (a result held in the browser, such as an import's dry run). */
      onChange: (page: number) => void;
      href?: never;
    }
);

/**
 * The one pager of CERES: the DSFR pagination (« Première page », « Page précédente », numbers, « Page
 * suivante », « Dernière page »), nothing when there is a single page. Its items are links in both modes,
 * reached with Tab and followed with Enter; in `onChange` mode the link stays on the page and only calls back.
 */
export function Pager(props: PagerProps) {
  const { page, pageCount } = props;
  if (pageCount <= 1) return null;
  return (
    <Pagination
      count={pageCount}
      defaultPage={page}
      showFirstLast
      getPageLinkProps={(n) =>
        props.href
          ? { href: props.href(n) }
          : {
              href: `#page-${n}`,
              onClick: (event) => {
                event.preventDefault();
                props.onChange(n);
              },
            }
      }
    />
  );
}
