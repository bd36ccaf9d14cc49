"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip, type ChartTooltipRow } from "@/components/ui/ChartTooltip";
import { formatShortDateTime } from "@/components/ui/time";
import { AXIS_TICK, timeTickFormatter } from "./chartAxis";
import { BASELINE_COLOR, CANDIDATE_COLOR, formatCrashRate, type CrashRateRow } from "./series";

const CHART_HEIGHT = 220;

function tooltipRows(row: CrashRateRow, version: string, baselineLabel: string): ChartTooltipRow[] {
  const rate = (value: number | null) => (value === null ? "no reports" : formatCrashRate(value));
  return [
    { name: version, value: rate(row.candidate), color: CANDIDATE_COLOR },
    { name: baselineLabel, value: rate(row.baseline), color: BASELINE_COLOR },
  ];
}

/** Crash rate of the new version against the unexposed devices of the same rings; gaps where nothing reported. */
export function CrashRateChart({ rows, version, baselineLabel }: { rows: CrashRateRow[]; version: string; baselineLabel: string }) {
  return (
    <div
      role="img"
      aria-label={`Crash rate over time: ${version} against ${baselineLabel}`}
      className="px-2 pt-3 text-slate-500 dark:text-slate-400"
      style={{ height: CHART_HEIGHT }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={timeTickFormatter(rows)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            minTickGap={40}
          />
          <YAxis width={48} tick={AXIS_TICK} tickLine={false} axisLine={false} tickFormatter={(v: number) => `${v}%`} />
          <Tooltip
            cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as CrashRateRow | undefined) : undefined;
              return row ? <ChartTooltip title={formatShortDateTime(row.t)} rows={tooltipRows(row, version, baselineLabel)} /> : null;
            }}
          />
          <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="candidate" name={version} stroke={CANDIDATE_COLOR} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line dataKey="baseline" name={baselineLabel} stroke={BASELINE_COLOR} strokeWidth={2} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
