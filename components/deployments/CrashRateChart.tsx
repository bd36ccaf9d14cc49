"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip, type ChartTooltipRow } from "@/components/ui/ChartTooltip";
import { ChartAxesNote } from "@/components/ui/ChartAxesNote";
import { legendText, yAxisLabel } from "@/components/ui/chartAxes";
import { NEUTRAL_SERIES_COLOR, versionColor } from "@/components/ui/palette";
import { formatRateCompact, type Rate } from "@/components/ui/rate";
import { AXIS_TICK, timeAxisOf, timeXAxisProps } from "@/components/ui/timeAxis";
import { formatShortDateTime } from "@/components/ui/time";
import type { CrashRateRow } from "./series";

const CHART_HEIGHT = 220;

function tooltipRows(row: CrashRateRow, version: string, baselineLabel: string): ChartTooltipRow[] {
  const text = (rate: Rate) => (rate.rate === null ? "no reports" : `${formatRateCompact(rate)} crashed`);
  return [
    { name: version, value: text(row.candidateRate), color: versionColor(version) },
    { name: baselineLabel, value: text(row.baselineRate), color: NEUTRAL_SERIES_COLOR },
  ];
}

/** Crash rate of the new version against the unexposed devices of the same rings; gaps where nothing reported. */
export function CrashRateChart({ rows, version, baselineLabel }: { rows: CrashRateRow[]; version: string; baselineLabel: string }) {
  const axis = timeAxisOf(rows);
  const color = versionColor(version);
  return (
    <>
      <div
        role="img"
        aria-label={`Crash rate over time: ${version} against ${baselineLabel}`}
        className="px-2 pt-3 text-slate-600 dark:text-slate-400"
        style={{ height: CHART_HEIGHT }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 4, right: 12, bottom: 0, left: 4 }}>
            <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
            <XAxis {...timeXAxisProps(axis)} />
            <YAxis width={56} tick={AXIS_TICK} tickLine={false} axisLine={false} tickFormatter={(v: number) => `${v}%`} label={yAxisLabel("% crashed")} />
            <Tooltip
              cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }}
              content={({ active, payload }) => {
                const row = active ? (payload?.[0]?.payload as CrashRateRow | undefined) : undefined;
                return row ? <ChartTooltip title={formatShortDateTime(row.t)} rows={tooltipRows(row, version, baselineLabel)} /> : null;
              }}
            />
            <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line dataKey="candidate" name={version} stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line
              dataKey="baseline"
              name={baselineLabel}
              stroke={NEUTRAL_SERIES_COLOR}
              strokeWidth={2}
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartAxesNote units="y: % of devices that crashed in each step" at={rows[0]?.t} />
    </>
  );
}
