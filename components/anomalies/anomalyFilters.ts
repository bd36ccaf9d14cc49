import { ANOMALY_KINDS, ANOMALY_STATUSES, SEVERITIES } from "@/schemas/anomalies";
import type { AnomalyKind, AnomalyListParams, Severity } from "@/queries/anomalies";

/**
 * The inbox opens on everything not yet resolved (open and acknowledged: what ring health counts);
 * "all" sends no status at all.
 */
export const STATUS_CHOICES = ["unresolved", ...ANOMALY_STATUSES, "all"] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];
const DEFAULT_STATUS: StatusChoice = "unresolved";
const STATUS_QUERY: Record<StatusChoice, string | undefined> = {
  unresolved: "open,acknowledged",
  open: "open",
  acknowledged: "acknowledged",
  resolved: "resolved",
  all: undefined,
};
export const INBOX_PAGE_SIZE = 50;

/** What the inbox filters by; lives in the URL so a filtered inbox is a shareable link. */
export interface AnomalyFilters {
  status: StatusChoice;
  severity: Severity | "";
  kind: AnomalyKind | "";
  ring: string;
  deploymentId: string;
}

interface SearchParamsLike {
  get(name: string): string | null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T | ""): T | "" {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Unknown values fall back to defaults, so a hand-edited link never breaks the page (or the API's validation). */
export function parseAnomalyFilters(search: SearchParamsLike): AnomalyFilters {
  const deploymentId = search.get("deploymentId")?.trim() ?? "";
  return {
    status: oneOf(STATUS_CHOICES, search.get("status"), DEFAULT_STATUS) || DEFAULT_STATUS,
    severity: oneOf(SEVERITIES, search.get("severity"), ""),
    kind: oneOf(ANOMALY_KINDS, search.get("kind"), ""),
    ring: search.get("ring")?.trim() ?? "",
    deploymentId: UUID.test(deploymentId) ? deploymentId : "",
  };
}

/** The URL query for a set of filters, defaults left out to keep links short. */
export function anomalyFiltersToSearch(filters: AnomalyFilters): string {
  const search = new URLSearchParams();
  if (filters.status !== DEFAULT_STATUS) search.set("status", filters.status);
  if (filters.severity) search.set("severity", filters.severity);
  if (filters.kind) search.set("kind", filters.kind);
  if (filters.ring) search.set("ring", filters.ring);
  if (filters.deploymentId) search.set("deploymentId", filters.deploymentId);
  return search.toString();
}

export function anomalyListParams(filters: AnomalyFilters, cursor: string | undefined): AnomalyListParams {
  return {
    status: STATUS_QUERY[filters.status],
    severity: filters.severity || undefined,
    kind: filters.kind || undefined,
    ring: filters.ring || undefined,
    deploymentId: filters.deploymentId || undefined,
    limit: INBOX_PAGE_SIZE,
    cursor,
  };
}

/** Every narrowing filter off, back to the triage default. */
export const CLEARED_ANOMALY_FILTERS: AnomalyFilters = { status: DEFAULT_STATUS, severity: "", kind: "", ring: "", deploymentId: "" };

export function hasActiveAnomalyFilters(filters: AnomalyFilters): boolean {
  return anomalyFiltersToSearch(filters) !== "";
}

/** The inbox link for one ring or one deployment (overview cards, deployment pages). */
export function inboxHref(filter: Partial<Pick<AnomalyFilters, "ring" | "deploymentId" | "status">>): string {
  const search = anomalyFiltersToSearch({ ...CLEARED_ANOMALY_FILTERS, ...filter });
  return search ? `/anomalies?${search}` : "/anomalies";
}

export const STATUS_CHOICE_LABELS: Record<StatusChoice, string> = {
  unresolved: "Open + acknowledged",
  open: "Open",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
  all: "All statuses",
};
