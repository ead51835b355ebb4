// Shared look of the portal's PDF documents: A4, Noto Sans, plain tables.
// No lineHeight on the Page or a View: on the Page, react-pdf (4.9) drops dynamic text (the page
// numbers rendered with `render`); on a View it resolves against the default 18 pt size. Text
// styles that need a line height set it together with their font size.
import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT } from "./fonts";

export const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 42, color: "#0f172a" },
  kicker: { fontSize: 8.5, color: "#475569", textTransform: "uppercase", marginBottom: 4 },
  title: { fontSize: 16, fontWeight: 700, color: "#08324f", marginBottom: 6 },
  h2: { fontSize: 12, fontWeight: 700, color: "#08324f", marginTop: 14, marginBottom: 6 },
  muted: { color: "#475569", fontSize: 9, lineHeight: 1.35 },
  paragraph: { fontSize: 10, lineHeight: 1.45, marginBottom: 8, textAlign: "justify" },
  table: { borderTopWidth: 1, borderTopColor: "#94a3b8" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingVertical: 3 },
  headRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#94a3b8", paddingVertical: 3, fontWeight: 700 },
  cell: { paddingRight: 6 },
  number: { paddingRight: 6, paddingLeft: 4, textAlign: "right" },
  footer: { position: "absolute", bottom: 24, left: 42, right: 42, height: 14, fontSize: 8, color: "#475569", flexDirection: "row", justifyContent: "space-between" },
});
