import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { API } from "@/schemas/api";
import { refreshAlerts } from "./alerts";
import { callApi } from "./api";
import { queryKeys } from "./keys";
import { LIVE_STATUSES, type CreateDeploymentInput, type Deployment, type DeploymentAction, type DeploymentListParams, type Gate, type Page } from "./rollouts";

/** Rollouts move on a bake timer of minutes: ten seconds keeps progress and gates current. */
const DEPLOYMENT_REFRESH_MS = 10_000;
/** At most one live deployment per component, so one page holds them all. */
const LIVE_LIMIT = 100;

function fetchDeployments(params: DeploymentListParams, signal: AbortSignal) {
  return callApi(API.listDeployments, { query: params, signal });
}

export function useDeployments(params: DeploymentListParams) {
  return useQuery({
    queryKey: queryKeys.deployments.list(params),
    queryFn: ({ signal }) => fetchDeployments(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: DEPLOYMENT_REFRESH_MS,
  });
}

export interface LiveDeployments {
  data: Deployment[] | undefined;
  isPending: boolean;
  isFetching: boolean;
  /** When the oldest of the merged answers arrived (ms), for counting bake timers down from it. */
  dataUpdatedAt: number;
  error: Error | null;
  refetch: () => void;
}

const newestFirst = (a: Deployment, b: Deployment) => b.createdAt.localeCompare(a.createdAt);

function combineLive(results: UseQueryResult<Page<Deployment>>[]): LiveDeployments {
  const pages = results.map((r) => r.data);
  const complete = pages.every((page) => page !== undefined);
  return {
    data: complete ? pages.flatMap((page) => page?.items ?? []).sort(newestFirst) : undefined,
    isPending: results.some((r) => r.isPending),
    isFetching: results.some((r) => r.isFetching),
    dataUpdatedAt: Math.min(...results.map((r) => r.dataUpdatedAt)),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}

/** Active, paused and halted deployments, newest first: one request per status, merged. */
export function useLiveDeployments(): LiveDeployments {
  return useQueries({
    queries: LIVE_STATUSES.map((status) => {
      const params: DeploymentListParams = { status, limit: LIVE_LIMIT };
      return {
        queryKey: queryKeys.deployments.list(params),
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchDeployments(params, signal),
        refetchInterval: DEPLOYMENT_REFRESH_MS,
      };
    }),
    combine: combineLive,
  });
}

export function useDeployment(id: string) {
  return useQuery({
    queryKey: queryKeys.deployments.detail(id),
    queryFn: ({ signal }) => callApi(API.getDeployment, { params: { id }, signal }),
    refetchInterval: DEPLOYMENT_REFRESH_MS,
  });
}

function gateQuery(id: string, ring: string) {
  return {
    queryKey: queryKeys.deployments.gate(id, ring),
    queryFn: ({ signal }: { signal: AbortSignal }) => callApi(API.deploymentGate, { params: { id }, query: { ring }, signal }),
    refetchInterval: DEPLOYMENT_REFRESH_MS,
  };
}

/** The gate for one ring of a deployment; idle when there is no ring to ask about. */
export function useDeploymentGate(id: string, ring: string | null) {
  return useQuery({ ...gateQuery(id, ring ?? ""), enabled: ring !== null });
}

export interface GateTarget {
  deploymentId: string;
  ring: string;
}

export interface GateAnswer {
  gate: Gate | undefined;
  error: Error | null;
}

/** Gates for several deployments at once (the overview), keyed by deployment id. */
export function useGates(targets: GateTarget[]): Record<string, GateAnswer> {
  return useQueries({
    queries: targets.map((t) => gateQuery(t.deploymentId, t.ring)),
    combine: (results) => Object.fromEntries(targets.map((t, i) => [t.deploymentId, { gate: results[i]?.data, error: results[i]?.error ?? null }])),
  });
}

export function useDeploymentHealth(id: string) {
  return useQuery({
    queryKey: queryKeys.deployments.health(id),
    queryFn: ({ signal }) => callApi(API.deploymentHealth, { params: { id }, signal }),
    select: (page) => page.items,
    refetchInterval: DEPLOYMENT_REFRESH_MS,
  });
}

export function useDeploymentSeries(id: string) {
  return useQuery({
    queryKey: queryKeys.deployments.series(id),
    queryFn: ({ signal }) => callApi(API.deploymentSeries, { params: { id }, signal }),
    refetchInterval: DEPLOYMENT_REFRESH_MS,
  });
}

export function useCreateDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDeploymentInput) => callApi(API.createDeployment, { body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.deployments.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
    },
  });
}

export function useDeploymentAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason }: { action: DeploymentAction; reason: string }) =>
      callApi(API.actOnDeployment, { params: { id }, body: { action, reason } }),
    onSuccess: (deployment) => {
      queryClient.setQueryData(queryKeys.deployments.detail(id), deployment);
      void queryClient.invalidateQueries({ queryKey: queryKeys.deployments.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.rings.health() });
      // Anomaly pages show the deployment's status and actions next to the evidence.
      void queryClient.invalidateQueries({ queryKey: queryKeys.anomalies.all });
      refreshAlerts(queryClient);
    },
  });
}
