"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { ChartAxesNote } from "@/components/ui/ChartAxesNote";
import { legendText, yAxisLabel } from "@/components/ui/chartAxes";
import { ringColor } from "@/components/ui/palette";
import { formatCount, formatShareOfRing } from "@/components/ui/rate";
import { AXIS_TICK, timeAxisOf, timeXAxisProps } from "@/components/ui/timeAxis";
import { formatShortDateTime } from "@/components/ui/time";
import type { ExposureRow } from "./series";

const CHART_HEIGHT = 220;

interface ExposureChartProps {
  rows: ExposureRow[];
  rings: string[];
  /** Rollout order of every configured ring: a ring's colour follows it. */
  ringOrder: readonly string[];
  /** Devices per ring now: exposure is read as a share of it. */
  ringSizes: Record<string, number>;
}

/** "412 of 9,950 devices in broad · 4.1%", or the bare count while ring sizes load. */
function exposureText(ring: string, exposed: number, ringSizes: Record<string, number>): string {
  const size = ringSizes[ring];
  return size === undefined ? `${formatCount(exposed)} devices in ${ring}` : formatShareOfRing(exposed, size, ring);
}

/** Cumulative devices offered the release, one stacked area per ring: the top edge is the total. */
export function ExposureChart({ rows, rings, ringOrder, ringSizes }: ExposureChartProps) {
  const last = rows[rows.length - 1];
  const summary = last ? rings.map((ring) => exposureText(ring, last[ring] ?? 0, ringSizes)).join("; ") : "no data";
  const axis = timeAxisOf(rows);
  return (
    <>
      <div
        role="img"
        aria-label={`Devices exposed over time, cumulative per ring; latest: ${summary}`}
        className="px-2 pt-3 text-slate-600 dark:text-slate-400"
        style={{ height: CHART_HEIGHT }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={rows} margin={{ top: 4, right: 12, bottom: 0, left: 4 }}>
            <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
            <XAxis {...timeXAxisProps(axis)} />
            <YAxis allowDecimals={false} width={52} tick={AXIS_TICK} tickLine={false} axisLine={false} label={yAxisLabel("devices")} />
            <Tooltip
              cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }}
              content={({ active, payload }) => {
                // The row itself, not the payload values: stacked areas report stacked heights.
                const row = active ? (payload?.[0]?.payload as ExposureRow | undefined) : undefined;
                if (!row) return null;
                const tooltipRows = rings.map((ring) => ({
                  name: ring,
                  value: exposureText(ring, row[ring] ?? 0, ringSizes),
                  color: ringColor(ring, ringOrder),
                }));
                return <ChartTooltip title={formatShortDateTime(row.t)} rows={tooltipRows} />;
              }}
            />
            <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            {rings.map((ring) => (
              <Area
                key={ring}
                dataKey={ring}
                name={ring}
                stackId="exposure"
                type="stepAfter"
                stroke={ringColor(ring, ringOrder)}
                fill={ringColor(ring, ringOrder)}
                fillOpacity={0.25}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <ChartAxesNote units="y: devices offered the release, cumulative" at={rows[0]?.t} />
    </>
  );
}
