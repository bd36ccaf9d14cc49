import type { EvidencePoint } from "@/schemas/anomalies";

/** One detection tick on the evidence chart: rates in percent, time in ms for a time axis. */
export interface EvidenceRow {
  t: number;
  affected: number;
  baseline: number;
  affectedDevices: number;
  exposed: number;
}

const PERCENT = 100;

/** The history as the chart draws it: oldest first, whatever order it arrives in. */
export function evidenceRows(history: readonly EvidencePoint[]): EvidenceRow[] {
  return history
    .map((point) => ({
      t: Date.parse(point.at),
      affected: point.affectedRate * PERCENT,
      baseline: point.baselineRate * PERCENT,
      affectedDevices: point.affected,
      exposed: point.exposed,
    }))
    .filter((row) => Number.isFinite(row.t))
    .sort((a, b) => a.t - b.t);
}

export const AFFECTED_COLOR = "#ef4444";
export const BASELINE_COLOR = "#64748b";
