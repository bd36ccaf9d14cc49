/**
 * The overview's memory, pure: what became of each deployment, and series by day over a window that
 * ends now (so the last day is the last 24 hours and the day a week before is comparable to it).
 */
import type { DeploymentStatus } from "../rollouts/deployment";

export const RELEASE_OUTCOMES = ["in_progress", "paused", "halted", "completed", "rolled_back"] as const;
export type ReleaseOutcome = (typeof RELEASE_OUTCOMES)[number];

const OUTCOME_OF: Record<DeploymentStatus, ReleaseOutcome> = {
  active: "in_progress",
  paused: "paused",
  halted: "halted",
  completed: "completed",
  rolled_back: "rolled_back",
};

export const releaseOutcome = (status: DeploymentStatus): ReleaseOutcome => OUTCOME_OF[status];

interface StageProgress {
  ring: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** The rings a deployment reached (a stage that started), in plan order. */
export const ringsReached = (stages: readonly StageProgress[]): string[] => stages.filter((s) => s.startedAt !== null).map((s) => s.ring);

/** When a deployment ended: a completed one when its last stage finished, a rolled-back one at the rollback; live ones have not. */
export function deploymentEndedAt(status: DeploymentStatus, stages: readonly StageProgress[], updatedAt: string): string | null {
  if (status === "completed") return stages.at(-1)?.finishedAt ?? updatedAt;
  if (status === "rolled_back") return updatedAt;
  return null;
}

export const DAY_MS = 86_400_000;

/** `days` whole days ending at `now`. */
export interface DayWindow {
  now: Date;
  days: number;
}

export const windowStart = ({ now, days }: DayWindow) => new Date(now.getTime() - days * DAY_MS);

/** The day (0 = the window's first) a time falls in; negative before the window, `days` or more after it. */
export const dayIndex = (window: DayWindow, at: Date) => Math.floor((at.getTime() - windowStart(window).getTime()) / DAY_MS);

/** The end of each day of the window: the last is `now`. */
export const dayEnds = (window: DayWindow): Date[] => Array.from({ length: window.days }, (_, i) => new Date(windowStart(window).getTime() + (i + 1) * DAY_MS));

/** Running totals by day from counts by day; counts before the window are where the first day starts, after it are dropped. */
export function cumulativeByDay(counts: readonly { day: number; n: number }[], days: number): number[] {
  const perDay = new Array<number>(days).fill(0);
  let before = 0;
  for (const { day, n } of counts) {
    if (day < 0) before += n;
    else if (day < days) perDay[day] += n;
  }
  let running = before;
  return perDay.map((n) => (running += n));
}

export interface CrashFreeDay {
  /** Devices known by the day's end (first seen before it). */
  devices: number;
  /** Of those, devices with no crash that day. */
  crashFree: number;
}

/** Crash-free devices per day: known devices minus those that crashed that day (never below zero, a crash after the device was counted). */
export function crashFreeByDay(firstSeen: readonly { day: number; n: number }[], crashed: readonly { day: number; n: number }[], days: number): CrashFreeDay[] {
  const known = cumulativeByDay(firstSeen, days);
  const crashedOn = new Array<number>(days).fill(0);
  for (const { day, n } of crashed) if (day >= 0 && day < days) crashedOn[day] += n;
  return known.map((devices, day) => ({ devices, crashFree: Math.max(0, devices - crashedOn[day]) }));
}
