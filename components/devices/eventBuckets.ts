import type { TimelineEntry } from "@/schemas/devices";

type EventType = TimelineEntry["type"];
export type EventBucket = { start: number } & Record<EventType, number>;

const MINUTE_MS = 60_000;
/** Bucket widths to choose from, smallest first: the chart uses the smallest that fits. */
const BUCKET_WIDTHS_MS = [1, 5, 15, 60, 6 * 60, 24 * 60].map((minutes) => minutes * MINUTE_MS);
const MAX_BUCKETS = 120;

export function chooseBucketWidth(spanMs: number): number {
  return BUCKET_WIDTHS_MS.find((width) => spanMs / width <= MAX_BUCKETS) ?? BUCKET_WIDTHS_MS[BUCKET_WIDTHS_MS.length - 1];
}

const emptyBucket = (start: number): EventBucket => ({ start, heartbeat: 0, crash: 0, boot: 0, update: 0 });

/** Events counted per time bucket, oldest first, with empty buckets filled so gaps in reporting show. */
export function bucketEvents(timeline: readonly TimelineEntry[]): { widthMs: number; buckets: EventBucket[] } {
  const times = timeline.map((entry) => Date.parse(entry.ts)).filter(Number.isFinite);
  if (times.length === 0) return { widthMs: MINUTE_MS, buckets: [] };
  const oldest = Math.min(...times);
  const newest = Math.max(...times);
  const widthMs = chooseBucketWidth(newest - oldest);
  const first = Math.floor(oldest / widthMs) * widthMs;
  const count = Math.floor((newest - first) / widthMs) + 1;
  const buckets = Array.from({ length: count }, (_, i) => emptyBucket(first + i * widthMs));
  timeline.forEach((entry) => {
    const at = Date.parse(entry.ts);
    if (Number.isFinite(at)) buckets[Math.floor((at - first) / widthMs)][entry.type] += 1;
  });
  return { widthMs, buckets };
}
