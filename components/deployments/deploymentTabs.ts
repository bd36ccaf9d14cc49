import type { DeploymentStatus } from "@/queries/rollouts";

export const DEPLOYMENT_TABS = [
  { id: "live", label: "Live", description: "Active, paused and halted" },
  { id: "completed", label: "Completed", description: "Every stage passed" },
  { id: "rolled_back", label: "Rolled back", description: "Back on the previous version" },
  { id: "all", label: "All", description: "Every deployment" },
] as const;
export type DeploymentTab = (typeof DEPLOYMENT_TABS)[number]["id"];
export const DEFAULT_TAB: DeploymentTab = "live";

export function parseDeploymentTab(value: string | null | undefined): DeploymentTab {
  return DEPLOYMENT_TABS.find((tab) => tab.id === value)?.id ?? DEFAULT_TAB;
}

export function deploymentTabHref(tab: DeploymentTab): string {
  return tab === DEFAULT_TAB ? "/deployments" : `/deployments?status=${tab}`;
}

/** The `status` filter of a paged tab; "live" spans three statuses and is fetched apart. */
export function tabStatus(tab: Exclude<DeploymentTab, "live">): DeploymentStatus | undefined {
  return tab === "all" ? undefined : tab;
}
