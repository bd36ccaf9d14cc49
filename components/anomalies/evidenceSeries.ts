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

/**
 * The history as the chart draws it, oldest first. The detector records a point when the numbers change
 * (or once a minute), so the last point still holds at `heldUntil` (the last tick that saw the signal):
 * a copy there draws the flat stretch up to now instead of a lone dot.
 */
export function evidenceRows(history: readonly EvidencePoint[], heldUntil?: string): EvidenceRow[] {
  const rows = history
    .map((point) => ({
      t: Date.parse(point.at),
      affected: point.affectedRate * PERCENT,
      baseline: point.baselineRate * PERCENT,
      affectedDevices: point.affected,
      exposed: point.exposed,
    }))
    .filter((row) => Number.isFinite(row.t))
    .sort((a, b) => a.t - b.t);
  const last = rows.at(-1);
  const until = heldUntil ? Date.parse(heldUntil) : NaN;
  return last && until > last.t ? [...rows, { ...last, t: until }] : rows;
}
