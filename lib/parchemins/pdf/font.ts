import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * Marianne, the State's typeface (DSFR package), for every name and value: it covers Latin Extended and
 * Vietnamese (Nguyễn, Ørsted, Łukasz, Zoë — checked by the PDF tests through pdftotext), so no fallback font
 * is needed. Spectral, the DSFR's serif, only for the fixed words of the heading ("Titre professionnel").
 */
export const PARCHEMIN_FONT = "Marianne";
export const PARCHEMIN_SERIF = "Spectral";

let registered = false;

export function registerParcheminFonts(): void {
  if (registered) return;
  const dir = path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");
  Font.register({
    family: PARCHEMIN_FONT,
    fonts: [
      { src: path.join(dir, "Marianne-Regular.woff"), fontWeight: 400 },
      { src: path.join(dir, "Marianne-Bold.woff"), fontWeight: 700 },
      { src: path.join(dir, "Marianne-Regular_Italic.woff"), fontWeight: 400, fontStyle: "italic" },
    ],
  });
  Font.register({ family: PARCHEMIN_SERIF, fonts: [{ src: path.join(dir, "Spectral-ExtraBold.woff"), fontWeight: 800 }] });
  // Names are never cut across lines ("NGUY-ỄN"): react-pdf hyphenates English words by default.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
