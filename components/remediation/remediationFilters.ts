import type { RemediationParams, UnhealthyState } from "@/queries/anomalies";

export const UNHEALTHY_STATES = ["crashed", "boot_loop", "silent"] as const satisfies readonly UnhealthyState[];
export const REMEDIATION_PAGE_SIZE = 100;

/** What the queue filters by; in the URL so an on-site team can be sent a link to "canary, boot loops". */
export interface RemediationFilters {
  ring: string;
  state: UnhealthyState | "";
}

interface SearchParamsLike {
  get(name: string): string | null;
}

export function parseRemediationFilters(search: SearchParamsLike): RemediationFilters {
  const state = search.get("state");
  return {
    ring: search.get("ring")?.trim() ?? "",
    state: UNHEALTHY_STATES.find((candidate) => candidate === state) ?? "",
  };
}

export function remediationFiltersToSearch(filters: RemediationFilters): string {
  const search = new URLSearchParams();
  if (filters.ring) search.set("ring", filters.ring);
  if (filters.state) search.set("state", filters.state);
  return search.toString();
}

export function remediationParams(filters: RemediationFilters, cursor: string | undefined): RemediationParams {
  return { ring: filters.ring || undefined, state: filters.state || undefined, limit: REMEDIATION_PAGE_SIZE, cursor };
}

export const CLEARED_REMEDIATION_FILTERS: RemediationFilters = { ring: "", state: "" };
