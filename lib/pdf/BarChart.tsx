// A horizontal bar chart drawn with react-pdf's SVG primitives (recharts draws in the browser
// only): one bar per row, the value printed at its end.
import { Svg, Rect, Text as SvgText, G } from "@react-pdf/renderer";
import { PDF_FONT } from "./fonts";

export function PdfBarChart({ rows, width = 510, format }: { rows: Array<{ label: string; value: number }>; width?: number; format: (value: number) => string }) {
  const rowHeight = 14;
  const labelWidth = 170;
  const valueWidth = 52;
  const barSpace = width - labelWidth - valueWidth;
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <Svg width={width} height={rows.length * rowHeight + 4} viewBox={`0 0 ${width} ${rows.length * rowHeight + 4}`}>
      {rows.map((row, index) => {
        const y = index * rowHeight + 2;
        const bar = Math.max(0.5, (row.value / max) * barSpace);
        return (
          <G key={row.label}>
            <SvgText x={0} y={y + 10} style={{ fontFamily: PDF_FONT, fontSize: 8 }} fill="#0f172a">{row.label}</SvgText>
            <Rect x={labelWidth} y={y + 2} width={bar} height={rowHeight - 5} fill="#1668a0" />
            <SvgText x={labelWidth + bar + 4} y={y + 10} style={{ fontFamily: PDF_FONT, fontSize: 8 }} fill="#0f172a">{format(row.value)}</SvgText>
          </G>
        );
      })}
    </Svg>
  );
}
