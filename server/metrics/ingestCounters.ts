import { processWide } from "../processState";

/** Process-lifetime ingest counters for /metrics (Prometheus handles the reset on restart). */
const counters = processWide("ingestCounters", () => ({ batches: 0, accepted: 0, duplicates: 0, rejected: 0 }));

export function countIngest(result: { accepted: number; duplicates: number; rejected: unknown[] }): void {
  counters.batches += 1;
  counters.accepted += result.accepted;
  counters.duplicates += result.duplicates;
  counters.rejected += result.rejected.length;
}

export const ingestCounters = (): Readonly<typeof counters> => counters;
