"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { formatShortDateTime } from "@/components/ui/time";
import { AXIS_TICK, timeTickFormatter } from "./chartAxis";
import { ringColor, type ExposureRow } from "./series";

const CHART_HEIGHT = 220;

/** Cumulative devices offered the release, one stacked area per ring: the top edge is the total. */
export function ExposureChart({ rows, rings }: { rows: ExposureRow[]; rings: string[] }) {
  const last = rows[rows.length - 1];
  const summary = last ? rings.map((ring) => `${ring} ${last[ring] ?? 0}`).join(", ") : "no data";
  return (
    <div
      role="img"
      aria-label={`Devices exposed over time, cumulative per ring; latest: ${summary}`}
      className="px-2 pt-3 text-slate-500 dark:text-slate-400"
      style={{ height: CHART_HEIGHT }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={rows} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
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
          <YAxis allowDecimals={false} width={40} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <Tooltip
            cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }}
            content={({ active, payload }) => {
              // The row itself, not the payload values: stacked areas report stacked heights.
              const row = active ? (payload?.[0]?.payload as ExposureRow | undefined) : undefined;
              if (!row) return null;
              return (
                <ChartTooltip title={formatShortDateTime(row.t)} rows={rings.map((ring, i) => ({ name: ring, value: row[ring] ?? 0, color: ringColor(i) }))} />
              );
            }}
          />
          <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          {rings.map((ring, i) => (
            <Area
              key={ring}
              dataKey={ring}
              name={ring}
              stackId="exposure"
              type="stepAfter"
              stroke={ringColor(i)}
              fill={ringColor(i)}
              fillOpacity={0.25}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
