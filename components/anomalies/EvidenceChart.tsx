"use client";

import { useMemo } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { EvidencePoint } from "@/schemas/anomalies";
import { Card, CardHeader } from "@/components/ui/Card";
import { ChartAxesNote } from "@/components/ui/ChartAxesNote";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { legendText, yAxisLabel } from "@/components/ui/chartAxes";
import { NEUTRAL_SERIES_COLOR, versionColor } from "@/components/ui/palette";
import { formatPercent, formatRateCompact, rateOf } from "@/components/ui/rate";
import { AXIS_TICK, timeAxisOf, timeXAxisProps } from "@/components/ui/timeAxis";
import { formatShortDateTime } from "@/components/ui/time";
import { evidenceRows, type EvidenceRow } from "./evidenceSeries";

const CHART_HEIGHT = 220;
/** With few ticks a line is hard to see: mark each point. */
const DOTS_BELOW_POINTS = 20;

const percentText = (percent: number) => formatPercent(percent / 100);

function tooltipRows(row: EvidenceRow, color: string) {
  return [
    { name: "Affected", value: formatRateCompact(rateOf(row.affectedDevices, row.exposed)), color },
    { name: "Baseline", value: percentText(row.baseline), color: NEUTRAL_SERIES_COLOR },
  ];
}

interface EvidenceChartProps {
  history: EvidencePoint[];
  lastFiringAt: string;
  /** The release's version: its line has that version's colour on every chart. */
  version: string;
}

/** Affected rate of the exposed devices against the baseline rate, at each detection tick. */
export function EvidenceChart({ history, lastFiringAt, version }: EvidenceChartProps) {
  const rows = useMemo(() => evidenceRows(history, lastFiringAt), [history, lastFiringAt]);
  const latest = rows.at(-1);
  const dot = rows.length < DOTS_BELOW_POINTS ? { r: 2.5 } : false;
  const axis = timeAxisOf(rows);
  const color = versionColor(version);
  return (
    <Card labelledBy="evidence-chart-heading">
      <CardHeader id="evidence-chart-heading" title="Affected vs baseline" description="Share of devices showing the signal, at each detection tick" />
      {!latest ? (
        <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">No detection ticks recorded yet.</p>
      ) : (
        <>
          <div
            role="img"
            aria-label={`Affected rate against baseline rate over ${rows.length} detection ticks`}
            className="px-2 pt-3 text-slate-600 dark:text-slate-400"
            style={{ height: CHART_HEIGHT }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={rows} margin={{ top: 4, right: 12, bottom: 0, left: 4 }}>
                <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
                <XAxis {...timeXAxisProps(axis)} />
                <YAxis width={56} tick={AXIS_TICK} tickLine={false} axisLine={false} tickFormatter={(v: number) => `${v}%`} label={yAxisLabel("% affected")} />
                <Tooltip
                  cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }}
                  content={({ active, payload }) => {
                    const row = active ? (payload?.[0]?.payload as EvidenceRow | undefined) : undefined;
                    return row ? <ChartTooltip title={formatShortDateTime(row.t)} rows={tooltipRows(row, color)} /> : null;
                  }}
                />
                <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
                <Line
                  type="stepAfter"
                  dataKey="affected"
                  name={`Affected rate (${version})`}
                  stroke={color}
                  strokeWidth={2}
                  dot={dot}
                  isAnimationActive={false}
                />
                <Line
                  type="stepAfter"
                  dataKey="baseline"
                  name="Baseline rate"
                  stroke={NEUTRAL_SERIES_COLOR}
                  strokeWidth={2}
                  strokeDasharray="4 3"
                  dot={dot}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <ChartAxesNote units="y: % of devices showing the signal" at={rows[0].t} />
        </>
      )}
      {latest ? (
        <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
          Latest: <span className="font-medium text-slate-900 dark:text-slate-100">{formatRateCompact(rateOf(latest.affectedDevices, latest.exposed))}</span>{" "}
          exposed devices affected, against <span className="font-medium text-slate-900 dark:text-slate-100">{percentText(latest.baseline)}</span> of the
          baseline.
        </p>
      ) : null}
    </Card>
  );
}
