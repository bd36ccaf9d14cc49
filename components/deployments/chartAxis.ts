import { formatShortDateTime, formatTimeOfDay } from "@/components/ui/time";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOURS_MINUTES = 5;

/** Time ticks: "10:42" within a day, "Nov 22, 10:42" across days. */
export function timeTickFormatter(rows: readonly { t: number }[]): (t: number) => string {
  const spansDays = rows.length > 1 && rows[rows.length - 1].t - rows[0].t > DAY_MS;
  return (t) => (spansDays ? formatShortDateTime(t) : formatTimeOfDay(t).slice(0, HOURS_MINUTES));
}

export const AXIS_TICK = { fill: "currentColor", fontSize: 11 } as const;
