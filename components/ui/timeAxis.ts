/**
 * Time axes for every chart: ticks on round steps, labels that never repeat (a 30-hour range would
 * otherwise show "06:00" twice, a DST fall-back "01:30" twice), and a caption naming the zone shown.
 */
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEPS = [1, 2, 5, 10, 15, 30]
  .map((s) => s * SECOND)
  .concat(
    [1, 2, 5, 10, 15, 30].map((m) => m * MINUTE),
    [1, 2, 3, 6, 12].map((h) => h * HOUR),
    [1, 2, 7, 14, 30, 60, 90, 180, 365].map((d) => d * DAY),
  );
export const MAX_TIME_TICKS = 6;

export interface TimeAxis {
  ticks: number[];
  format: (t: number) => string;
}

export interface TimeAxisOptions {
  maxTicks?: number;
  /** The zone to label in; the browser's when absent. */
  timeZone?: string;
  locale?: string;
}

function stepFor(span: number, maxTicks: number): number {
  return (
    STEPS.find((step) => Math.floor(span / step) + 1 <= maxTicks) ?? STEPS[STEPS.length - 1] * Math.ceil(span / (STEPS[STEPS.length - 1] * (maxTicks - 1)))
  );
}

function ticksBetween(min: number, max: number, step: number): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push(t);
  return ticks.length > 0 ? ticks : [min];
}

/** Label styles from terse to unambiguous; the first whose labels are all different wins. */
function formatLevels(step: number): Intl.DateTimeFormatOptions[] {
  const clock: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", ...(step < MINUTE ? { second: "2-digit" } : {}) };
  const date: Intl.DateTimeFormatOptions = { month: "short", day: "numeric" };
  const first = step >= DAY ? date : clock;
  const full: Intl.DateTimeFormatOptions = { year: "numeric", ...date, ...clock, second: "2-digit" };
  return [first, { ...date, ...clock }, full, { ...full, timeZoneName: "shortOffset" }];
}

/** The tersest label style that tells every one of `times` (spaced at least `step` apart) from the others. */
export function uniqueTimeFormat(times: readonly number[], step: number, { timeZone, locale }: Omit<TimeAxisOptions, "maxTicks"> = {}): (t: number) => string {
  for (const options of formatLevels(step)) {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    const labels = times.map((t) => format.format(t));
    if (new Set(labels).size === labels.length) return (t) => format.format(t);
  }
  return (t) => new Date(t).toISOString();
}

export function timeAxis(min: number, max: number, { maxTicks = MAX_TIME_TICKS, ...options }: TimeAxisOptions = {}): TimeAxis {
  const step = stepFor(Math.max(0, max - min), maxTicks);
  const ticks = ticksBetween(min, max, step);
  return { ticks, format: uniqueTimeFormat(ticks, step, options) };
}

/** The axis of a chart's rows (`t` in ms), oldest first. */
export function timeAxisOf(rows: readonly { t: number }[], options?: TimeAxisOptions): TimeAxis {
  if (rows.length === 0) return { ticks: [], format: String };
  return timeAxis(rows[0].t, rows[rows.length - 1].t, options);
}

/** "UTC+1", "UTC+5:30", "UTC": the zone's offset at that instant. */
export function utcOffsetLabel(at: number, timeZone?: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part?.value ?? "");
  if (!match) return "UTC";
  const [, sign, hours, minutes] = match;
  if (Number(hours) === 0 && minutes === "00") return "UTC";
  return `UTC${sign}${Number(hours)}${minutes === "00" ? "" : `:${minutes}`}`;
}

/** "times in Europe/Berlin (UTC+1)". */
export function timeZoneCaption(at: number, timeZone?: string): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = utcOffsetLabel(at, zone);
  return zone === offset ? `times in ${zone}` : `times in ${zone} (${offset})`;
}

export const AXIS_TICK = { fill: "currentColor", fontSize: 11 } as const;

/** The x axis every time chart shares (spread onto recharts' XAxis): time in `t`, this axis's ticks, no lines. */
export function timeXAxisProps(axis: TimeAxis) {
  return {
    dataKey: "t",
    type: "number" as const,
    scale: "time" as const,
    domain: ["dataMin", "dataMax"],
    ticks: axis.ticks,
    tickFormatter: axis.format,
    tick: AXIS_TICK,
    tickLine: false,
    axisLine: false,
  };
}
