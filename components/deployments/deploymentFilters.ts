import type { DeploymentListParams } from "@/queries/rollouts";
import { DEFAULT_TAB, parseDeploymentTab, type DeploymentTab } from "./deploymentTabs";

/** What the deployments list filters by: its tab and search text, in the URL (`?status=completed&q=agent`). */
export interface DeploymentFilters {
  tab: DeploymentTab;
  q: string;
}

interface SearchParamsLike {
  get(name: string): string | null;
}

export function parseDeploymentFilters(search: SearchParamsLike): DeploymentFilters {
  return { tab: parseDeploymentTab(search.get("status")), q: search.get("q")?.trim() ?? "" };
}

export function deploymentFiltersToSearch(filters: DeploymentFilters): string {
  const search = new URLSearchParams();
  if (filters.tab !== DEFAULT_TAB) search.set("status", filters.tab);
  if (filters.q) search.set("q", filters.q);
  return search.toString();
}

/** The API query of a tab: `live` is a status filter of the API too; `all` sends none. */
export function deploymentListParams(filters: DeploymentFilters, limit: number, cursor: string | undefined): DeploymentListParams {
  return { status: filters.tab === "all" ? undefined : filters.tab, q: filters.q || undefined, limit, cursor };
}

/** The live tab unfiltered shows every live deployment at once; a search pages through them like the other tabs. */
export const showsEveryLiveDeployment = (filters: DeploymentFilters) => filters.tab === "live" && !filters.q;
