/** An A4 sheet's height in PDF points. */
export const A4_HAUTEUR = 841.89;

/**
 * The style of a page laid out without pagination (`wrap={false}`, one sheet by design): react-pdf only
 * gives a page its height when it paginates it, so such a page would take the height of its content. Held
 * between these bounds, it stays an A4 sheet whose flexible parts fill it.
 */
export const FEUILLE_A4 = { minHeight: A4_HAUTEUR, maxHeight: A4_HAUTEUR } as const;
