// The answer as a Word document, built offline with the `docx` package from the same
// content as the PDF. Times New Roman, the usual face of official letters, covers Russian and
// the Kazakh letters on the readers' machines, so no font is embedded here.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { answerParagraphs, type AnswerDocumentData } from "./document";

const FONT = "Times New Roman";
const SIZE = 28; // half-points: 14 pt

function cell(text: string, options: { bold?: boolean; right?: boolean; width: number }) {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold, font: FONT, size: 22 })],
      }),
    ],
  });
}

function figuresTable(figures: NonNullable<AnswerDocumentData["figures"]>): Table {
  const widths = [46, 18, 18, 18];
  const row = (texts: string[], bold: boolean) =>
    new TableRow({ cantSplit: true, tableHeader: bold, children: texts.map((text, index) => cell(text, { bold, right: index > 0, width: widths[index]! })) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: "94A3B8" },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: "94A3B8" },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: "CBD5E1" },
      left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
    },
    rows: [row(figures.head, true), ...figures.rows.map((texts) => row(texts, false))],
  });
}

export async function answerDocx(data: AnswerDocumentData, locale: string): Promise<Buffer> {
  const text = (value: string, bold = false) => new TextRun({ text: value, bold, font: FONT, size: SIZE });
  const children: Array<Paragraph | Table> = [
    ...data.addressee.map((line, index) => new Paragraph({ indent: { left: 5000 }, children: [text(line, index === 0)] })),
    new Paragraph({ spacing: { before: 360, after: 240 }, children: [text(data.reference)] }),
    ...answerParagraphs(data.text).map(
      (paragraph) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 709 }, spacing: { after: 120 }, children: [text(paragraph)] }),
    ),
  ];
  if (data.figures) {
    children.push(new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: [text(data.figures.title, true)] }));
    children.push(figuresTable(data.figures));
    children.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: data.figures.note, font: FONT, size: 20, italics: true })] }));
  }
  const document = new Document({
    title: data.title,
    creator: "Employment Roadmap portal",
    styles: { default: { document: { run: { font: FONT, size: SIZE, language: { value: locale } } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children }],
  });
  return Packer.toBuffer(document);
}
