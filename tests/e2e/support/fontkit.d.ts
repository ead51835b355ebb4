// The little of fontkit (a dependency of @react-pdf/renderer, without its own types) that the
// tests use: whether a font file has a glyph for a letter.
declare module "fontkit" {
  export type Font = { hasGlyphForCodePoint(codePoint: number): boolean; postscriptName: string };
  export function openSync(path: string): Font;
}
