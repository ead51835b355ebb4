// Reading a PDF the portal produced, as a reader's viewer would: its text (pdfjs-dist), and
// whether its fonts are embedded — a font that is not embedded, or lacks a letter, shows
// Kazakh letters as empty boxes. Shared by the e2e and integration tests.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfFont = { name: string; embedded: boolean };

export async function readPdf(bytes: Uint8Array): Promise<{ text: string; pages: number; fonts: PdfFont[] }> {
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  const fonts = new Map<string, PdfFont>();
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    await page.getOperatorList(); // loads the page's fonts into commonObjs
    for (const item of content.items) {
      if (!("fontName" in item) || fonts.has(item.fontName)) continue;
      const font = page.commonObjs.get(item.fontName) as { name?: string; missingFile?: boolean };
      fonts.set(item.fontName, { name: font.name ?? item.fontName, embedded: font.missingFile === false });
    }
  }
  const pages = document.numPages;
  await document.destroy();
  // Lines wrap anywhere and numbers are grouped with no-break spaces (ru, kk): the text is
  // compared with every run of white space as one plain space.
  return { text: texts.join("\n").replace(/\s+/g, " "), pages, fonts: [...fonts.values()] };
}

export const KAZAKH_LETTERS = ["Ә", "ә", "Ғ", "ғ", "Қ", "қ", "Ң", "ң", "Ө", "ө", "Ұ", "ұ", "Ү", "ү", "Һ", "һ", "І", "і"];
