"use client";
// Choropleth of the 20 regions. Fed plain data by the regions page: path strings projected on the
// server (lib/dashboard/map-geometry.ts) and every region's value of every map metric, so that
// switching the metric needs no request. Each region is a link (Tab to reach it, Enter or Space
// to open it, as a click does), labelled with its name and value; the focused or hovered region
// is redrawn on top with a thick outline and a tooltip. The table under the map is the same data
// as text. amCharts' linkware licence requires the attribution link under the map.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from "react";
import { classBounds, colourOf, NO_DATA_COLOUR, CLASS_COLOURS } from "@/lib/dashboard/choropleth";
import type { RegionShape } from "@/lib/dashboard/map-geometry";
import { mapMetrics, percentMapMetrics, type MapMetric } from "@/lib/dashboard/map-metrics";
import { numberFormat } from "@/lib/dashboard/number-format";

export type MapRegion = { code: string; name: string; href: string; values: Record<MapMetric, number | null> };

type Props = {
  width: number;
  height: number;
  shapes: RegionShape[];
  regions: MapRegion[];
  initialMetric: MapMetric;
  /** An akimat's own region, outlined. */
  highlightCode: string | null;
};

export function RegionMap({ width, height, shapes, regions, initialMetric, highlightCode }: Props) {
  const t = useTranslations("map");
  const locale = useLocale();
  const router = useRouter();
  const [metric, setMetric] = useState<MapMetric>(initialMetric);
  const [active, setActive] = useState<{ code: string; x: number; y: number } | null>(null);
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const bounds = useMemo(() => classBounds(regions.map((r) => r.values[metric])), [regions, metric]);
  const percent = percentMapMetrics.has(metric);
  const show = (value: number | null) => (value === null ? t("noData") : formatValue(locale, value, percent));

  const choose = (next: MapMetric) => {
    setMetric(next);
    // Keep the choice in the URL without a new request, so a shared link shows the same map.
    const url = new URL(window.location.href);
    url.searchParams.set("metric", next);
    window.history.replaceState(null, "", url);
  };
  const open = (href: string) => router.push(href);
  const onKeyDown = (event: KeyboardEvent<Element>, href: string) => {
    if (event.key === " " || event.key === "Spacebar") {
      event.preventDefault();
      open(href);
    }
  };
  const onClick = (event: MouseEvent<Element>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(href);
  };
  const shapeOf = (code: string | null | undefined) => shapes.find((s) => s.code === code);
  const focused = shapeOf(active?.code);
  const highlighted = shapeOf(highlightCode);
  const activeRegion = active ? byCode.get(active.code) : undefined;

  return (
    <figure className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
        <div>
          <label htmlFor="map-metric" className="block text-sm font-semibold text-slate-800">
            {t("metric")}
          </label>
          <select
            id="map-metric"
            value={metric}
            onChange={(event) => choose(event.target.value as MapMetric)}
            className="mt-1 rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700"
          >
            {mapMetrics.map((m) => (
              <option key={m} value={m}>
                {t(`metrics.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="map-instructions" className="text-sm text-slate-700">
        {t("instructions")}
      </p>
      <div className="relative" onMouseLeave={() => setActive(null)}>
        <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby="map-svg-title" aria-describedby="map-instructions" className="h-auto w-full">
          <title id="map-svg-title">{t("svgTitle", { metric: t(`metrics.${metric}`) })}</title>
          {shapes.map((shape) => {
            const region = byCode.get(shape.code);
            if (!region) return null;
            const value = region.values[metric];
            const fill = colourOf(value, bounds);
            const own = shape.code === highlightCode ? ` (${t("yourRegion")})` : "";
            return (
              <a
                key={shape.code}
                href={region.href}
                id={`map-KZ-${shape.code}`}
                data-code={shape.code}
                data-value={value ?? ""}
                aria-label={t("regionLabel", { region: region.name + own, metric: t(`metrics.${metric}`), value: show(value) })}
                onClick={(event) => onClick(event, region.href)}
                onKeyDown={(event) => onKeyDown(event, region.href)}
                onFocus={() => setActive({ code: shape.code, x: shape.cx, y: shape.cy })}
                onBlur={() => setActive(null)}
                onMouseMove={(event) => {
                  const svg = event.currentTarget.closest("svg")?.getBoundingClientRect();
                  if (!svg) return;
                  setActive({ code: shape.code, x: ((event.clientX - svg.left) / svg.width) * width, y: ((event.clientY - svg.top) / svg.height) * height });
                }}
                className="cursor-pointer outline-none"
              >
                <path d={shape.d} fill={fill} stroke="#ffffff" strokeWidth={1} />
                {shape.small ? <circle cx={shape.cx} cy={shape.cy} r={7} fill={fill} stroke="#0f172a" strokeWidth={1.5} /> : null}
              </a>
            );
          })}
          {highlighted ? <Outline shape={highlighted} colour="#b45309" width={3.5} /> : null}
          {focused ? <Outline shape={focused} colour="#0f172a" width={3} /> : null}
        </svg>
        {active && activeRegion ? (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-[120%] rounded bg-slate-900 px-2 py-1 text-sm whitespace-nowrap text-white shadow"
            style={{ left: `${(active.x / width) * 100}%`, top: `${(active.y / height) * 100}%` }}
          >
            <span className="font-semibold">{activeRegion.name}</span>: {show(activeRegion.values[metric])}
          </div>
        ) : null}
      </div>
      <Legend bounds={bounds} metricLabel={t(`metrics.${metric}`)} percent={percent} hasNoData={regions.some((r) => r.values[metric] === null)} highlight={highlightCode !== null} />
      <figcaption className="text-xs text-slate-600">
        {t("attribution")}{" "}
        <a href="https://www.amcharts.com/" rel="noopener" className="underline underline-offset-2 hover:text-brand-900">
          amCharts
        </a>
      </figcaption>
    </figure>
  );
}

function Outline({ shape, colour, width }: { shape: RegionShape; colour: string; width: number }) {
  return (
    <g pointerEvents="none" aria-hidden="true">
      <path d={shape.d} fill="none" stroke={colour} strokeWidth={width} strokeLinejoin="round" />
      {shape.small ? <circle cx={shape.cx} cy={shape.cy} r={8} fill="none" stroke={colour} strokeWidth={width} /> : null}
    </g>
  );
}

/** A count, or a percentage with one decimal (values are percent points). */
function formatValue(locale: string, value: number, percent: boolean): string {
  return percent ? numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value / 100) : numberFormat(locale).format(value);
}

function Legend({ bounds, metricLabel, percent, hasNoData, highlight }: { bounds: number[]; metricLabel: string; percent: boolean; hasNoData: boolean; highlight: boolean }) {
  const t = useTranslations("map");
  const locale = useLocale();
  const number = (value: number) => formatValue(locale, value, percent);
  return (
    <div>
      <p className="text-sm font-semibold text-slate-800" id="map-legend-title">
        {t("legend", { metric: metricLabel })}
      </p>
      <ul aria-labelledby="map-legend-title" className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {bounds.map((bound, i) => (
          <li key={bound} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3.5 w-6 rounded-sm border border-slate-300" style={{ background: colourOf(bound, bounds) }} />
            {t("range", { from: number(i === 0 ? 0 : bounds[i - 1]!), to: number(bound) })}
          </li>
        ))}
        {hasNoData ? (
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3.5 w-6 rounded-sm border border-slate-300" style={{ background: NO_DATA_COLOUR }} />
            {t("noData")}
          </li>
        ) : null}
        {highlight ? (
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3.5 w-6 rounded-sm border-[3px] border-amber-700" style={{ background: CLASS_COLOURS[0] }} />
            {t("yourRegion")}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
