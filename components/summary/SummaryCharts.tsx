"use client";
// Three charts of the summary report, fed plain data by the page: people employed over time
// (cumulative, with the people working in each month where the figures have them), people employed by region, and projects by kind of works. The numbers are in
// the tables next to them, so the charts carry no tooltips.
// Each chart is drawn at a fixed size and its SVG (which has a viewBox) is scaled to the width of
// its box by CSS: no JavaScript measuring, so the same drawing fits the screen and an A4 page
// when printed (a browser does not re-measure charts for print).
import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";

export type SummaryChartsData = {
  months: Array<{ month: string; peopleEmployed: number; referred: number; youthReferred: number; peopleWorking: number | null }>;
  regions: Array<{ name: string; peopleEmployed: number }>;
  workTypes: Array<{ name: string; projects: number }>;
};

export type SummaryChartsText = {
  people: string;
  byRegion: string;
  byWorkType: string;
  series: { peopleEmployed: string; referred: string; youthReferred: string; peopleWorking: string };
  projects: string;
  locale: string;
};

const colours = { people: "#0f5688", referred: "#2f9e6e", youth: "#c2410c", working: "#6d28d9", bar: "#1668a0" };
const WIDTH = 1100;
const figureClass =
  "report-chart rounded border border-slate-200 bg-white p-4 [&_.recharts-wrapper]:h-auto! [&_.recharts-wrapper]:w-full! [&_svg.recharts-surface]:h-auto! [&_svg.recharts-surface]:w-full!";

function Legend({ items }: { items: Array<{ label: string; colour: string; dashed?: boolean }> }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block w-6 border-t-[3px]" style={{ borderColor: item.colour, borderTopStyle: item.dashed ? "dashed" : "solid" }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function SummaryCharts({ data, text }: { data: SummaryChartsData; text: SummaryChartsText }) {
  const number = new Intl.NumberFormat(text.locale);
  const formatNumber = (value: unknown) => (typeof value === "number" ? number.format(value) : String(value));
  const tick = { fontSize: 13 };
  const hasWorking = data.months.some((m) => m.peopleWorking !== null);
  return (
    <div className="space-y-6">
      <figure className={figureClass}>
        <figcaption className="mb-2 font-semibold text-slate-800">{text.people}</figcaption>
        <LineChart width={WIDTH} height={320} data={data.months} margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="month" tick={tick} />
          <YAxis tickFormatter={formatNumber} tick={tick} width={80} />
          <Line type="monotone" dataKey="peopleEmployed" name={text.series.peopleEmployed} stroke={colours.people} strokeWidth={2.5} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="referred" name={text.series.referred} stroke={colours.referred} strokeWidth={2.5} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="youthReferred" name={text.series.youthReferred} stroke={colours.youth} strokeWidth={2.5} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          {hasWorking ? (
            <Line type="monotone" dataKey="peopleWorking" name={text.series.peopleWorking} stroke={colours.working} strokeWidth={2} strokeDasharray="2 3" dot={false} isAnimationActive={false} />
          ) : null}
        </LineChart>
        <Legend
          items={[
            { label: text.series.peopleEmployed, colour: colours.people },
            { label: text.series.referred, colour: colours.referred },
            { label: text.series.youthReferred, colour: colours.youth, dashed: true },
            ...(hasWorking ? [{ label: text.series.peopleWorking, colour: colours.working, dashed: true }] : []),
          ]}
        />
      </figure>
      <figure className={figureClass}>
        <figcaption className="mb-2 font-semibold text-slate-800">{text.byRegion}</figcaption>
        <BarChart width={WIDTH} height={Math.max(160, data.regions.length * 28 + 40)} data={data.regions} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" tickFormatter={formatNumber} tick={tick} />
          <YAxis type="category" dataKey="name" width={240} tick={tick} interval={0} />
          <Bar dataKey="peopleEmployed" name={text.series.peopleEmployed} fill={colours.bar} isAnimationActive={false} />
        </BarChart>
      </figure>
      <figure className={figureClass}>
        <figcaption className="mb-2 font-semibold text-slate-800">{text.byWorkType}</figcaption>
        <BarChart width={WIDTH} height={280} data={data.workTypes} margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="name" tick={tick} interval={0} />
          <YAxis tickFormatter={formatNumber} tick={tick} width={72} />
          <Bar dataKey="projects" name={text.projects} fill={colours.referred} isAnimationActive={false} />
        </BarChart>
      </figure>
    </div>
  );
}
