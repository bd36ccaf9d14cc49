"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardHeader } from "@/components/ui/Card";
import { ChartTooltip } from "@/components/ui/ChartTooltip";
import { ChartAxesNote } from "@/components/ui/ChartAxesNote";
import { legendText, yAxisLabel } from "@/components/ui/chartAxes";
import { AXIS_TICK, uniqueTimeFormat } from "@/components/ui/timeAxis";
import { formatShortDateTime } from "@/components/ui/time";
import type { EventBucket } from "./eventBuckets";
import { EVENT_SERIES } from "./eventSeries";

const CHART_HEIGHT = 180;
const MINUTE_MS = 60_000;

function bucketLabel(widthMs: number): string {
  return widthMs < 60 * MINUTE_MS ? `${widthMs / MINUTE_MS} min` : `${widthMs / (60 * MINUTE_MS)} h`;
}

interface EventChartProps {
  buckets: EventBucket[];
  widthMs: number;
}

export function EventChart({ buckets, widthMs }: EventChartProps) {
  const formatTick = uniqueTimeFormat(
    buckets.map((b) => b.start),
    widthMs,
  );
  const unit = `events per ${bucketLabel(widthMs)}`;
  return (
    <Card labelledBy="event-chart-heading">
      <CardHeader id="event-chart-heading" title="Events over time" description={`Events per ${bucketLabel(widthMs)} in the recent timeline`} />
      {buckets.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-600 dark:text-slate-400">No events yet.</p>
      ) : (
        <>
          <div
            role="img"
            aria-label="Bar chart of heartbeats, updates, boots and crashes over time"
            className="px-2 pt-3 text-slate-600 dark:text-slate-400"
            style={{ height: CHART_HEIGHT }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={buckets} margin={{ top: 4, right: 12, bottom: 0, left: 4 }} barCategoryGap={1}>
                <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
                <XAxis dataKey="start" tickFormatter={formatTick} tick={AXIS_TICK} tickLine={false} axisLine={false} minTickGap={40} />
                <YAxis allowDecimals={false} width={48} tick={AXIS_TICK} tickLine={false} axisLine={false} label={yAxisLabel("events")} />
                <Tooltip
                  cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
                  content={({ active, label }) => (active ? <EventTooltip bucket={buckets.find((b) => b.start === Number(label))} /> : null)}
                />
                <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
                {EVENT_SERIES.map((series) => (
                  <Bar key={series.type} dataKey={series.type} name={series.label} stackId="events" fill={series.color} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ChartAxesNote units={`y: ${unit}`} at={buckets[0].start} />
        </>
      )}
    </Card>
  );
}

function EventTooltip({ bucket }: { bucket: EventBucket | undefined }) {
  if (!bucket) return null;
  const rows = EVENT_SERIES.filter((s) => bucket[s.type] > 0).map((s) => ({ name: s.label, value: bucket[s.type], color: s.color }));
  return <ChartTooltip title={formatShortDateTime(bucket.start)} rows={rows} />;
}
