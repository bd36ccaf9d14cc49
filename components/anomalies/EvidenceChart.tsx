"use client";

import { useMemo } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { EvidencePoint } from "@/schemas/anomalies";
import { Card, CardHeader } from "@/components/ui/Card";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { formatShortDateTime } from "@/components/ui/time";
import { AXIS_TICK } from "@/components/deployments/chartAxis";
import { formatRate } from "./evidenceFormat";
import { AFFECTED_COLOR, BASELINE_COLOR, evidenceRows, evidenceTickFormatter, type EvidenceRow } from "./evidenceSeries";

const CHART_HEIGHT = 220;
/** With few ticks a line is hard to see: mark each point. */
const DOTS_BELOW_POINTS = 20;

const percentText = (percent: number) => formatRate(percent / 100);

function tooltipRows(row: EvidenceRow) {
  return [
    { name: `Affected (${row.affectedDevices} of ${row.exposed})`, value: percentText(row.affected), color: AFFECTED_COLOR },
    { name: "Baseline", value: percentText(row.baseline), color: BASELINE_COLOR },
  ];
}

/** Affected rate of the exposed devices against the baseline rate, at each detection tick. */
export function EvidenceChart({ history, lastFiringAt }: { history: EvidencePoint[]; lastFiringAt: string }) {
  const rows = useMemo(() => evidenceRows(history, lastFiringAt), [history, lastFiringAt]);
  const latest = rows.at(-1);
  const dot = rows.length < DOTS_BELOW_POINTS ? { r: 2.5 } : false;
  return (
    <Card labelledBy="evidence-chart-heading">
      <CardHeader id="evidence-chart-heading" title="Affected vs baseline" description="Share of devices showing the signal, at each detection tick" />
      {!latest ? (
        <p className="px-4 py-6 text-sm text-slate-500 dark:text-slate-400">No detection ticks recorded yet.</p>
      ) : (
        <div
          role="img"
          aria-label={`Affected rate against baseline rate over ${rows.length} detection ticks`}
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
                tickFormatter={evidenceTickFormatter(rows)}
                tick={AXIS_TICK}
                tickLine={false}
                axisLine={false}
                minTickGap={40}
              />
              <YAxis width={48} tick={AXIS_TICK} tickLine={false} axisLine={false} tickFormatter={(v: number) => `${v}%`} />
              <Tooltip
                cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }}
                content={({ active, payload }) => {
                  const row = active ? (payload?.[0]?.payload as EvidenceRow | undefined) : undefined;
                  return row ? <ChartTooltip title={formatShortDateTime(row.t)} rows={tooltipRows(row)} /> : null;
                }}
              />
              <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} />
              <Line type="stepAfter" dataKey="affected" name="Affected rate" stroke={AFFECTED_COLOR} strokeWidth={2} dot={dot} isAnimationActive={false} />
              <Line
                type="stepAfter"
                dataKey="baseline"
                name="Baseline rate"
                stroke={BASELINE_COLOR}
                strokeWidth={2}
                strokeDasharray="4 3"
                dot={dot}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      {latest ? (
        <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
          Latest: <span className="font-medium text-red-700 dark:text-red-400">{percentText(latest.affected)}</span> of {latest.exposed} exposed devices
          affected, against <span className="font-medium text-slate-700 dark:text-slate-300">{percentText(latest.baseline)}</span> of the baseline.
        </p>
      ) : null}
    </Card>
  );
}
