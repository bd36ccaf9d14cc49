import { useQuery } from "@tanstack/react-query";
import { API } from "@/schemas/api";
import type { AnomalyListParams } from "./anomalies";
import { callApi } from "./api";
import type { DeviceListParams } from "./devices";
import { queryKeys } from "./keys";
import type { DeploymentListParams } from "./rollouts";

/** Shorter text matches too much to be worth a request; pages still match from the first letter. */
export const MIN_SEARCH_LENGTH = 2;
/** Results per kind: a palette is for jumping to a thing, the list pages are for browsing. */
export const SEARCH_LIMIT = 5;
/** Typing back over a search shows its answer at once, refreshed when older than this. */
const SEARCH_STALE_MS = 15_000;

/**
 * Devices, deployments and anomalies matching `term`, one request each, through the list endpoints'
 * `q`. The keys are the lists' own, so changes that refresh a list refresh its search too. A query
 * whose term is no longer wanted has no observer left and is cancelled through its signal.
 */
export function usePaletteSearch(term: string) {
  const enabled = term.length >= MIN_SEARCH_LENGTH;
  const options = { enabled, staleTime: SEARCH_STALE_MS } as const;
  const deviceParams: DeviceListParams = { q: term, limit: SEARCH_LIMIT, sort: "device_id" };
  const deploymentParams: DeploymentListParams = { q: term, limit: SEARCH_LIMIT };
  const anomalyParams: AnomalyListParams = { q: term, limit: SEARCH_LIMIT };
  const devices = useQuery({
    queryKey: queryKeys.devices.list(deviceParams),
    queryFn: ({ signal }) => callApi(API.listDevices, { query: deviceParams, signal }),
    select: (page) => page.items,
    ...options,
  });
  const deployments = useQuery({
    queryKey: queryKeys.deployments.list(deploymentParams),
    queryFn: ({ signal }) => callApi(API.listDeployments, { query: deploymentParams, signal }),
    select: (page) => page.items,
    ...options,
  });
  const anomalies = useQuery({
    queryKey: queryKeys.anomalies.list(anomalyParams),
    queryFn: ({ signal }) => callApi(API.listAnomalies, { query: anomalyParams, signal }),
    select: (page) => page.items,
    ...options,
  });
  return { enabled, devices, deployments, anomalies };
}
