"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DeviceSummary } from "@/schemas/devices";
import { ChartTooltip } from "@/components/ui/ChartTooltip";

const CHART_HEIGHT = 200;
const RING_COLOR = "#6366f1";

export function RingChart({ rings }: { rings: DeviceSummary["byRing"] }) {
  const description = rings.map((r) => `${r.ring} ${r.devices}`).join(", ");
  return (
    <div role="img" aria-label={`Devices per ring: ${description}`} className="text-slate-500 dark:text-slate-400" style={{ height: CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rings} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="ring" tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} axisLine={false} />
          <YAxis allowDecimals={false} width={48} tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} axisLine={false} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            content={({ active, payload, label }) =>
              active && payload?.[0] ? (
                <ChartTooltip title={String(label)} rows={[{ name: "Devices", value: Number(payload[0].value), color: RING_COLOR }]} />
              ) : null
            }
          />
          <Bar dataKey="devices" name="Devices" fill={RING_COLOR} radius={[3, 3, 0, 0]} maxBarSize={56} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
