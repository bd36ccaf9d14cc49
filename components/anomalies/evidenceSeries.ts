import type { EvidencePoint } from "@/schemas/anomalies";
import { formatTimeOfDay } from "@/components/ui/time";
import { timeTickFormatter } from "@/components/deployments/chartAxis";

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

export const AFFECTED_COLOR = "#ef4444";
export const BASELINE_COLOR = "#64748b";

/** Detection ticks come seconds apart: below this span the axis needs seconds to tell ticks apart. */
const SECONDS_AXIS_SPAN_MS = 15 * 60 * 1000;

/** "10:42:07" for short histories, else the deployment charts' "10:42" / "Nov 22, 10:42". */
export function evidenceTickFormatter(rows: readonly EvidenceRow[]): (t: number) => string {
  const span = rows.length > 1 ? rows[rows.length - 1].t - rows[0].t : 0;
  return span < SECONDS_AXIS_SPAN_MS ? (t) => formatTimeOfDay(t) : timeTickFormatter(rows);
}
