"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { dayLabel, type DayRow } from "./historyView";

const CHART_HEIGHT = 220;
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

interface DayShareChartProps {
  /** What the chart shows, for screen readers (the table-like summary is beside it). */
  label: string;
  rows: DayRow[];
  series: string[];
  /** Each series' colour, from the one palette (components/ui/palette.ts). */
  colorOf: (series: string) => string;
  /** The tooltip's value for a series on a day: e.g. "99.1% (991 of 1,000)". */
  detail: (series: string, dayIndex: number) => string;
  /** Lowest share on the axis: crash-free shares live near 100%, adoption from 0. */
  floor?: number;
}

/** Dots mark each day while they stay apart; a lone day (a young fleet) is then still seen. */
const MAX_DOTTED_DAYS = 31;
const TENTH = 10;

/** The axis floor: the asked one, lowered to the tenth below the lowest share shown so no line leaves the chart. */
function axisFloor(rows: DayRow[], series: string[], floor: number): number {
  const values = rows.flatMap((row) => series.map((name) => row[name])).filter((v): v is number => typeof v === "number");
  return Math.min(floor, Math.floor(Math.min(1, ...values) * TENTH) / TENTH);
}

/** Round ticks from the floor to 100%: tenths on a narrow axis, quarters on a wide one. */
function axisTicks(low: number): number[] {
  const step = 1 - low <= 0.5 ? 0.1 : 0.25;
  const count = Math.round((1 - low) / step);
  return Array.from({ length: count + 1 }, (_, i) => Math.round((1 - i * step) * 100) / 100)
    .filter((t) => t >= low - 1e-9)
    .reverse();
}

/** Shares by day, one line per ring or release; the tooltip gives each day's n of N. */
export function DayShareChart({ label, rows, series, colorOf, detail, floor = 0 }: DayShareChartProps) {
  const dot = rows.length <= MAX_DOTTED_DAYS ? { r: 2 } : false;
  const low = axisFloor(rows, series, floor);
  const ticks = axisTicks(low);
  return (
    <div role="img" aria-label={label} className="text-slate-500 dark:text-slate-400 print:break-inside-avoid" style={{ height: CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="day" tickFormatter={dayLabel} tick={{ fill: "currentColor", fontSize: 11 }} tickLine={false} axisLine={false} minTickGap={24} />
          <YAxis
            domain={[low, 1]}
            ticks={ticks}
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
              return <ChartTooltip title={dayLabel(String(day))} rows={series.map((name) => ({ name, value: detail(name, index), color: colorOf(name) }))} />;
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((name) => (
            <Line key={name} dataKey={name} name={name} stroke={colorOf(name)} strokeWidth={2} dot={dot} connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
