"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { dayLabel, seriesColour, type DayRow } from "./historyView";

const CHART_HEIGHT = 220;
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

interface DayShareChartProps {
  /** What the chart shows, for screen readers (the table-like summary is beside it). */
  label: string;
  rows: DayRow[];
  series: string[];
  /** The tooltip's value for a series on a day: e.g. "99.1% (991 of 1,000)". */
  detail: (series: string, dayIndex: number) => string;
  /** Lowest share on the axis: crash-free shares live near 100%, adoption from 0. */
  floor?: number;
}

/** Shares by day, one line per ring or release; the tooltip gives each day's n of N. */
export function DayShareChart({ label, rows, series, detail, floor = 0 }: DayShareChartProps) {
  return (
    <div role="img" aria-label={label} className="text-slate-500 dark:text-slate-400 print:break-inside-avoid" style={{ height: CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="day" tickFormatter={dayLabel} tick={{ fill: "currentColor", fontSize: 11 }} tickLine={false} axisLine={false} minTickGap={24} />
          <YAxis
            domain={[floor, 1]}
            tickFormatter={(v: number) => percent.format(v)}
            width={52}
            tick={{ fill: "currentColor", fontSize: 11 }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            content={({ active, label: day }) => {
              if (!active) return null;
              const index = rows.findIndex((r) => r.day === day);
              if (index < 0) return null;
              return (
                <ChartTooltip title={dayLabel(String(day))} rows={series.map((name, i) => ({ name, value: detail(name, index), color: seriesColour(i) }))} />
              );
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((name, i) => (
            <Line key={name} dataKey={name} name={name} stroke={seriesColour(i)} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
