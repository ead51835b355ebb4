"use client";
// Three charts of the summary report, fed plain data by the page: people employed over time
// (cumulative), people employed by region, and projects by kind of works. Each chart has a
// text alternative (its caption and the tables next to it carry the same numbers).
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type SummaryChartsData = {
  months: Array<{ month: string; peopleEmployed: number; referred: number; youthReferred: number }>;
  regions: Array<{ name: string; peopleEmployed: number }>;
  workTypes: Array<{ name: string; projects: number }>;
};

export type SummaryChartsText = {
  people: string;
  byRegion: string;
  byWorkType: string;
  series: { peopleEmployed: string; referred: string; youthReferred: string };
  projects: string;
  locale: string;
};

const colours = { people: "#0f5688", referred: "#2f9e6e", youth: "#c2410c", bar: "#1668a0" };

export function SummaryCharts({ data, text }: { data: SummaryChartsData; text: SummaryChartsText }) {
  const number = new Intl.NumberFormat(text.locale);
  const formatNumber = (value: unknown) => (typeof value === "number" ? number.format(value) : String(value));
  return (
    <div className="grid gap-6 lg:grid-cols-2 print:block">
      <figure className="report-chart rounded border border-slate-200 bg-white p-4 lg:col-span-2">
        <figcaption className="mb-2 font-semibold text-slate-800">{text.people}</figcaption>
        <div className="h-64 w-full">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data.months} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="#e2e8f0" />
              <XAxis dataKey="month" tick={{ fontSize: 11 }} />
              <YAxis tickFormatter={formatNumber} tick={{ fontSize: 11 }} width={72} />
              <Tooltip formatter={formatNumber} />
              <Legend />
              <Line type="monotone" dataKey="peopleEmployed" name={text.series.peopleEmployed} stroke={colours.people} strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line type="monotone" dataKey="referred" name={text.series.referred} stroke={colours.referred} strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line type="monotone" dataKey="youthReferred" name={text.series.youthReferred} stroke={colours.youth} strokeWidth={2} strokeDasharray="5 3" dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="report-chart rounded border border-slate-200 bg-white p-4">
        <figcaption className="mb-2 font-semibold text-slate-800">{text.byRegion}</figcaption>
        <div className="h-96 w-full">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data.regions} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="#e2e8f0" horizontal={false} />
              <XAxis type="number" tickFormatter={formatNumber} tick={{ fontSize: 11 }} />
              <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 10 }} interval={0} />
              <Tooltip formatter={formatNumber} />
              <Bar dataKey="peopleEmployed" name={text.series.peopleEmployed} fill={colours.bar} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="report-chart rounded border border-slate-200 bg-white p-4">
        <figcaption className="mb-2 font-semibold text-slate-800">{text.byWorkType}</figcaption>
        <div className="h-72 w-full">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data.workTypes} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} />
              <YAxis tickFormatter={formatNumber} tick={{ fontSize: 11 }} width={64} />
              <Tooltip formatter={formatNumber} />
              <Bar dataKey="projects" name={text.projects} fill={colours.referred} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
