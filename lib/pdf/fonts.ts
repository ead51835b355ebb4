// The font embedded in every PDF of the portal: Noto Sans (full TTF, from
// @expo-google-fonts/noto-sans), which covers Russian and the Kazakh letters
// Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і. PDF viewers draw nothing (or empty boxes) for a letter the
// embedded font lacks, and the PDF's built-in fonts have no Cyrillic at all.
import fs from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const PDF_FONT = "Noto Sans";

const files = {
  400: "node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  700: "node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
} as const;

let registered = false;

/** Registers the font once per process; throws a clear error if the files are missing. */
export function registerPdfFonts(): void {
  if (registered) return;
  const fonts = Object.entries(files).map(([weight, file]) => {
    const src = path.join(process.cwd(), file);
    if (!fs.existsSync(src)) throw new Error(`PDF font not found: ${src} (is @expo-google-fonts/noto-sans installed?)`);
    return { src, fontWeight: Number(weight) };
  });
  Font.register({ family: PDF_FONT, fonts });
  // react-pdf hyphenates with English patterns, which would split Russian and Kazakh words in
  // wrong places: words are wrapped whole instead.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
