"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DeviceSummary } from "@/schemas/devices";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { yAxisLabel } from "@/components/ui/chartAxes";
import { ringColor } from "@/components/ui/palette";
import { formatRateCompact, rateOf } from "@/components/ui/rate";
import { AXIS_TICK } from "@/components/ui/timeAxis";

const CHART_HEIGHT = 200;

/** Devices per ring, each bar in its ring's colour (the same on every chart), with its share of the fleet. */
export function RingChart({ rings, ringOrder }: { rings: DeviceSummary["byRing"]; ringOrder: readonly string[] }) {
  const total = rings.reduce((sum, r) => sum + r.devices, 0);
  const data = rings.map((r) => ({ ...r, rate: rateOf(r.devices, total), color: ringColor(r.ring, ringOrder) }));
  const description = data.map((r) => `${r.ring} ${formatRateCompact(r.rate)}`).join(", ");
  return (
    <div role="img" aria-label={`Devices per ring: ${description}`} className="text-slate-600 dark:text-slate-400" style={{ height: CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="ring" tick={{ ...AXIS_TICK, fontSize: 12 }} tickLine={false} axisLine={false} />
          <YAxis allowDecimals={false} width={56} tick={{ ...AXIS_TICK, fontSize: 12 }} tickLine={false} axisLine={false} label={yAxisLabel("devices")} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as (typeof data)[number] | undefined) : undefined;
              return row ? (
                <ChartTooltip title={row.ring} rows={[{ name: "Devices of the fleet", value: formatRateCompact(row.rate), color: row.color }]} />
              ) : null;
            }}
          />
          <Bar dataKey="devices" name="Devices" radius={[3, 3, 0, 0]} maxBarSize={56} isAnimationActive={false}>
            {data.map((r) => (
              <Cell key={r.ring} fill={r.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
