"use client";

import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { DEVICE_STATE_LOOK } from "@/components/ui/deviceStates";
import { formatPercent, formatRateCompact, rateOf } from "@/components/ui/rate";
import type { StateSlice } from "./fleetSlices";

const CHART_HEIGHT = 200;

export function StateChart({ slices }: { slices: StateSlice[] }) {
  const total = slices.reduce((sum, slice) => sum + slice.devices, 0);
  const data = slices.map((slice) => ({ ...slice, label: DEVICE_STATE_LOOK[slice.state].label, rate: rateOf(slice.devices, total) }));
  const description = data.map((d) => `${d.label} ${formatRateCompact(d.rate)}`).join(", ");
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <div role="img" aria-label={`Devices by state: ${description}`} className="w-48 shrink-0" style={{ height: CHART_HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Pie data={data} dataKey="devices" nameKey="label" innerRadius="60%" outerRadius="95%" paddingAngle={1} stroke="none" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.state} fill={DEVICE_STATE_LOOK[d.state].chartColor} />
              ))}
            </Pie>
            <Tooltip
              content={({ active, payload }) => {
                const slice = active ? (payload?.[0]?.payload as (typeof data)[number] | undefined) : undefined;
                if (!slice) return null;
                return <ChartTooltip rows={[{ name: slice.label, value: formatRateCompact(slice.rate), color: DEVICE_STATE_LOOK[slice.state].chartColor }]} />;
              }}
            />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <ul className="space-y-1.5 text-sm">
        {data.map((d) => (
          <li key={d.state} className="flex items-center gap-2">
            <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ backgroundColor: DEVICE_STATE_LOOK[d.state].chartColor }} />
            <span className="w-20 text-slate-700 dark:text-slate-300">{d.label}</span>
            <span className="tabular-nums text-slate-900 dark:text-slate-100">{d.devices}</span>
            <span className="tabular-nums text-xs text-slate-600 dark:text-slate-400">{formatPercent(d.share)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
