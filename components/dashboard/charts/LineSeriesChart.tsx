"use client";
// Monthly series as lines (recharts), fed plain rows by a server component. The chart is an image
// to assistive technology; the same numbers are in the table next to it (ChartFigure).
import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "@/lib/dashboard/chart-rows";
import { SERIES_COLOURS } from "./palette";

export function LineSeriesChart({ rows, series, height = 300 }: { rows: ChartRow[]; series: ChartSeries[]; height?: number }) {
  const format = useFormatter();
  const number = (value: unknown) => (typeof value === "number" ? format.number(value) : String(value ?? ""));
  return (
    <LineChart data={rows} responsive style={{ width: "100%", height }} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} interval="preserveStartEnd" minTickGap={24} />
      <YAxis tick={{ fontSize: 12, fill: "#334155" }} tickFormatter={(value: number) => format.number(value, { notation: "compact" })} width={56} />
      <Tooltip formatter={(value) => number(value)} />
      <Legend wrapperStyle={{ fontSize: 13 }} />
      {series.map((s, i) => (
        <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
      ))}
    </LineChart>
  );
}
