import type { Stage } from "@/queries/rollouts";

export interface BakeProgress {
  /** Share of the bake time gone, 0..1. */
  fraction: number;
  remainingSec: number;
  done: boolean;
  /** The deployment is paused or halted: the server's bake clock stands still, so this one does too. */
  paused: boolean;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Bake progress of a stage. `bakeRemainingSec` is the server's count when the data was fetched;
 * counting down from it with the time since the fetch avoids trusting the browser's clock.
 */
export function bakeProgress(stage: Pick<Stage, "status" | "bakeSeconds" | "bakeRemainingSec" | "bakePaused">, secondsSinceFetch: number): BakeProgress {
  if (stage.status === "passed") return { fraction: 1, remainingSec: 0, done: true, paused: false };
  if (stage.status === "pending") return { fraction: 0, remainingSec: stage.bakeSeconds, done: false, paused: false };
  const paused = stage.bakePaused || stage.status === "blocked";
  const ticking = paused ? 0 : Math.max(0, secondsSinceFetch);
  const remainingSec = Math.max(0, Math.round(stage.bakeRemainingSec - ticking));
  const fraction = stage.bakeSeconds > 0 ? Math.min(1, 1 - remainingSec / stage.bakeSeconds) : 1;
  return { fraction, remainingSec, done: remainingSec === 0, paused };
}

/** The bake in words: "4 min left", "baked", "paused · 12 min of bake left". */
export function bakeText(progress: BakeProgress): string {
  if (progress.done) return "baked";
  const left = formatTimeLeft(progress.remainingSec);
  return progress.paused ? `paused · ${left} of bake left` : `${left} left`;
}

/** "45 s", "4 min", "1 h 20 min", "2 d 3 h"; rounded up, so it never promises less than is left. */
export function formatTimeLeft(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < MINUTE) return `${s} s`;
  const minutes = Math.ceil(s / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const rest = minutes % 60;
    return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
  }
  const hours = Math.ceil(s / HOUR);
  const restHours = hours % 24;
  return restHours === 0 ? `${hours / 24} d` : `${Math.floor(hours / 24)} d ${restHours} h`;
}

/** A bake time as configured: "no bake", "10 min", "1 h 30 min". */
export function formatBakeTime(seconds: number): string {
  return seconds <= 0 ? "no bake" : formatTimeLeft(seconds);
}
