/**
 * Anomalies, their affected devices, the remediation queue and the detector's status as the pages
 * see them. The shapes come from the server's schemas (type-only).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AffectedDevice,
  AnomalyAction,
  AnomalyDetail,
  AnomalyKind,
  AnomalyStatus,
  AnomalyView,
  DetectionStatus,
  Severity,
} from "@/schemas/anomalies";
import { apiRequest, apiSend, toQueryString } from "./api";
import { queryKeys } from "./keys";
import type { Page } from "./rollouts";

export type { AffectedDevice, AnomalyAction, AnomalyDetail, AnomalyKind, AnomalyStatus, AnomalyView, DetectionStatus, Severity };
export type AffectedState = AffectedDevice["state"];
export type UnhealthyState = Exclude<AffectedState, "healthy">;

/** Exactly the query `GET /api/v1/anomalies` understands. */
export interface AnomalyListParams {
  status?: AnomalyStatus;
  severity?: Severity;
  kind?: AnomalyKind;
  ring?: string;
  deploymentId?: string;
  limit: number;
  cursor?: string;
}

export interface AffectedDeviceParams {
  state?: AffectedState | "unhealthy";
  limit: number;
  cursor?: string;
}

export interface RemediationParams {
  ring?: string;
  state?: UnhealthyState;
  anomalyId?: string;
  limit: number;
  cursor?: string;
}

/** Triage is minutes-sensitive: a new critical anomaly should show within a few seconds. */
const ANOMALY_REFRESH_MS = 5_000;
const REMEDIATION_REFRESH_MS = 15_000;

const anomalyPath = (id: string) => `/api/v1/anomalies/${encodeURIComponent(id)}`;

export function useAnomalies(params: AnomalyListParams) {
  return useQuery({
    queryKey: queryKeys.anomalies.list(params),
    queryFn: ({ signal }) => apiRequest<Page<AnomalyView>>(`/api/v1/anomalies${toQueryString({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: ANOMALY_REFRESH_MS,
  });
}

export function useAnomaly(id: string) {
  return useQuery({
    queryKey: queryKeys.anomalies.detail(id),
    queryFn: ({ signal }) => apiRequest<AnomalyDetail>(anomalyPath(id), { signal }),
    refetchInterval: ANOMALY_REFRESH_MS,
  });
}

export function useAffectedDevices(id: string, params: AffectedDeviceParams) {
  return useQuery({
    queryKey: queryKeys.anomalies.devices(id, params),
    queryFn: ({ signal }) => apiRequest<Page<AffectedDevice>>(`${anomalyPath(id)}/devices${toQueryString({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REMEDIATION_REFRESH_MS,
  });
}

export function useAnomalyAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, note }: { action: AnomalyAction; note?: string }) => apiSend<AnomalyView>("POST", `${anomalyPath(id)}/actions`, { action, note }),
    onSuccess: (anomaly) => {
      queryClient.setQueryData<AnomalyDetail>(queryKeys.anomalies.detail(id), (detail) => (detail ? { ...detail, ...anomaly } : detail));
      void queryClient.invalidateQueries({ queryKey: queryKeys.anomalies.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.rings.health() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
    },
  });
}

export function useRemediation(params: RemediationParams) {
  return useQuery({
    queryKey: queryKeys.anomalies.remediation(params),
    queryFn: ({ signal }) => apiRequest<Page<AffectedDevice>>(`/api/v1/remediation${toQueryString({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REMEDIATION_REFRESH_MS,
  });
}

/** The CSV of the whole queue under the same filters (every row, not one page): a plain download link. */
export function remediationCsvHref(params: Omit<RemediationParams, "limit" | "cursor">): string {
  return `/api/v1/remediation${toQueryString({ ring: params.ring, state: params.state, anomalyId: params.anomalyId, format: "csv" })}`;
}

export function useDetectionStatus() {
  return useQuery({
    queryKey: queryKeys.anomalies.detection(),
    queryFn: ({ signal }) => apiRequest<DetectionStatus>("/api/v1/detection/status", { signal }),
    refetchInterval: ANOMALY_REFRESH_MS,
  });
}
