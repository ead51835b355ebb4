// The font embedded in every PDF of the portal: Noto Sans (full TTF, from
// @expo-google-fonts/noto-sans), which covers Russian and the Kazakh letters
// Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і. PDF viewers draw nothing (or empty boxes) for a letter the
// embedded font lacks, and the PDF's built-in fonts have no Cyrillic at all.
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const PDF_FONT = "Noto Sans";

// Read by react-pdf from node_modules at render time (the package is external to the bundle).
const fontFiles = () => [
  { src: path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans", "400Regular", "NotoSans_400Regular.ttf"), fontWeight: 400 },
  { src: path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans", "700Bold", "NotoSans_700Bold.ttf"), fontWeight: 700 },
];

let registered = false;

/** Registers the font once per process (a missing file fails the render with its path). */
export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({ family: PDF_FONT, fonts: fontFiles() });
  // react-pdf hyphenates with English patterns, which would split Russian and Kazakh words in
  // wrong places: words are wrapped whole instead.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
