import { ALERT_KINDS, type AlertKind } from "@/schemas/alerts";
import { SEVERITIES, type Severity } from "@/schemas/anomalies";

/** How far back the alerts page looks. */
export const ALERT_RANGES = { "1h": 3600, "24h": 86_400, "7d": 7 * 86_400, "30d": 30 * 86_400 } as const;
export type AlertRange = keyof typeof ALERT_RANGES;
export const RANGE_LABELS: Record<AlertRange, string> = { "1h": "Last hour", "24h": "Last 24 hours", "7d": "Last 7 days", "30d": "Last 30 days" };

/** The /alerts page's filters, as the URL carries them ("" = no filter). */
export interface AlertFilters {
  kind: AlertKind | "";
  severity: Severity | "";
  deploymentId: string;
  unread: boolean;
  range: AlertRange | "";
}

export const CLEARED_ALERT_FILTERS: AlertFilters = { kind: "", severity: "", deploymentId: "", unread: false, range: "" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | "" => values.find((v) => v === value) ?? "";

/** Anything a hand-edited link gets wrong is dropped: the page never sends what the API refuses. */
export function parseAlertFilters(search: { get(name: string): string | null }): AlertFilters {
  const deploymentId = search.get("deploymentId") ?? "";
  return {
    kind: oneOf(ALERT_KINDS, search.get("kind")),
    severity: oneOf(SEVERITIES, search.get("severity")),
    deploymentId: UUID.test(deploymentId) ? deploymentId : "",
    unread: search.get("unread") === "true",
    range: oneOf(Object.keys(ALERT_RANGES) as AlertRange[], search.get("range")),
  };
}

export function alertFilterSearch(filters: AlertFilters): string {
  const search = new URLSearchParams();
  if (filters.kind) search.set("kind", filters.kind);
  if (filters.severity) search.set("severity", filters.severity);
  if (filters.deploymentId) search.set("deploymentId", filters.deploymentId);
  if (filters.unread) search.set("unread", "true");
  if (filters.range) search.set("range", filters.range);
  return search.toString();
}

export const hasActiveAlertFilters = (filters: AlertFilters) => alertFilterSearch(filters) !== "";

const MINUTE_MS = 60_000;

/**
 * The API query for these filters at `nowMs`. The range's start is rounded down to the minute, so
 * the query (and its cache key) stays the same between polls instead of changing every render.
 */
export function alertQuery(filters: AlertFilters, nowMs: number, limit: number, before?: string) {
  const since = filters.range ? new Date(Math.floor((nowMs - ALERT_RANGES[filters.range] * 1000) / MINUTE_MS) * MINUTE_MS).toISOString() : undefined;
  return {
    limit,
    ...(before ? { before } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.severity ? { severity: filters.severity } : {}),
    ...(filters.deploymentId ? { deploymentId: filters.deploymentId } : {}),
    ...(filters.unread ? { unread: "true" as const } : {}),
    ...(since ? { since } : {}),
  };
}
