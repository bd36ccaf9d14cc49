import type { ReleaseOutcome } from "@/core/overview/history";
import type { BadgeTone } from "@/components/ui/Badge";
import { HISTORY_DAYS } from "@/schemas/overview";
import type { AdoptionSeries, CrashFreeTrend, WeekSummary } from "@/schemas/overview";

export const HISTORY_DAY_CHOICES = [7, 30, 90] as const;

/** `?days=30`; anything else falls back to a week. */
export function parseHistoryDays(search: { get(name: string): string | null }): { days: number } {
  const asked = Number(search.get("days"));
  return { days: HISTORY_DAY_CHOICES.find((d) => d === asked) ?? HISTORY_DAYS.default };
}
export const historyDaysSearch = ({ days }: { days: number }) => (days === HISTORY_DAYS.default ? "" : `days=${days}`);

export const OUTCOME_LOOK: Record<ReleaseOutcome, { label: string; tone: BadgeTone }> = {
  completed: { label: "Completed", tone: "success" },
  in_progress: { label: "In progress", tone: "info" },
  paused: { label: "Paused", tone: "warning" },
  halted: { label: "Halted", tone: "danger" },
  rolled_back: { label: "Rolled back", tone: "danger" },
};

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
const count = new Intl.NumberFormat("en-US");

/** "99.2% (992 of 1,000)", or "no devices" when there is nothing to divide by. */
export function shareText(part: number, whole: number): string {
  return whole > 0 ? `${percent.format(part / whole)} (${count.format(part)} of ${count.format(whole)})` : "no devices";
}

/** One chart row per day: `day` is the day's end; each key a share in 0..1 (null when there was nothing to divide by). */
export type DayRow = { day: string } & Record<string, number | string | null>;

export function crashFreeRows(dayEnds: readonly string[], trends: readonly CrashFreeTrend[]): DayRow[] {
  return dayEnds.map((day, i) => {
    const row: DayRow = { day };
    for (const t of trends) row[t.ring] = t.days[i].devices > 0 ? t.days[i].crashFree / t.days[i].devices : null;
    return row;
  });
}

export const releaseLabel = (s: { component: string; version: string }) => `${s.component} ${s.version}`;

export function adoptionRows(dayEnds: readonly string[], series: readonly AdoptionSeries[]): DayRow[] {
  return dayEnds.map((day, i) => {
    const row: DayRow = { day };
    for (const s of series) row[releaseLabel(s)] = s.targetDevices > 0 ? Math.min(1, s.running[i] / s.targetDevices) : null;
    return row;
  });
}

/** The "this week" line, in parts the page lays out: each a label and its value, comparisons naming their baseline. */
export function weekSummaryParts(week: WeekSummary): { label: string; value: string }[] {
  const d = week.deployments;
  return [
    { label: "Fleet", value: `${count.format(week.fleetDevices)} devices` },
    { label: "Crash-free, last 24 h", value: shareText(week.crashFreeNow.crashFree, week.crashFreeNow.devices) },
    { label: "Same 24 h a week ago", value: shareText(week.crashFreeWeekAgo.crashFree, week.crashFreeWeekAgo.devices) },
    { label: "Deployments this week", value: `${d.started} started, ${d.completed} completed, ${d.paused} paused, ${d.rolledBack} rolled back` },
    { label: "Open anomalies", value: count.format(week.openAnomalies) },
  ];
}

const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric" });
export const dayLabel = (iso: string) => dayFormat.format(new Date(iso));
