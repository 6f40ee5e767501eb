import path from "node:path";
import { Font } from "@react-pdf/renderer";

/** Marianne, the State's typeface (DSFR package): it covers Latin Extended and Vietnamese (Nguyễn, Ğüneş, Œ). */
export const LETTER_FONT = "Marianne";

let registered = false;

export function registerLetterFont(): void {
  if (registered) return;
  const dir = path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");
  Font.register({
    family: LETTER_FONT,
    fonts: [
      { src: path.join(dir, "Marianne-Regular.woff"), fontWeight: 400 },
      { src: path.join(dir, "Marianne-Bold.woff"), fontWeight: 700 },
      { src: path.join(dir, "Marianne-Regular_Italic.woff"), fontWeight: 400, fontStyle: "italic" },
    ],
  });
  // Names are never cut across lines ("NGUY-ỄN"): react-pdf hyphenates English words by default.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
