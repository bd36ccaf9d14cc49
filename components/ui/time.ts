const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const timeOfDayFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
const shortDateTimeFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

export interface RelativeTimeOptions {
  /** The instant may lie ahead by design (a bake's end): count down to it ("in 2m"). */
  deadline?: boolean;
}

/**
 * "12s ago", "5m ago", "3h ago", "4d ago". A past instant (a creation, a heartbeat) that reads as
 * ahead of `now` does so only because a clock is off (the browser's, the server's, or the shared
 * 10 s tick), so it is "just now", never "in 6s"; only a deadline counts down.
 */
export function formatRelativeTime(iso: string, now: number, { deadline = false }: RelativeTimeOptions = {}): string {
  const diff = now - Date.parse(iso);
  const ahead = diff < 0;
  if (ahead && !deadline) return "just now";
  const span = Math.abs(diff);
  let text: string;
  if (span < 5 * SECOND) return "just now";
  if (span < MINUTE) text = `${Math.floor(span / SECOND)}s`;
  else if (span < HOUR) text = `${Math.floor(span / MINUTE)}m`;
  else if (span < DAY) text = `${Math.floor(span / HOUR)}h`;
  else text = `${Math.floor(span / DAY)}d`;
  return ahead ? `in ${text}` : `${text} ago`;
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

export function formatTimeOfDay(iso: string | number): string {
  return timeOfDayFormat.format(new Date(iso));
}

export function formatShortDateTime(iso: string | number): string {
  return shortDateTimeFormat.format(new Date(iso));
}

/** Compact duration: "45s", "7m 12s", "3h 4m", "12d 5h". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  if (minutes > 0) return `${minutes}m ${seconds % 60}s`;
  return `${seconds}s`;
}
