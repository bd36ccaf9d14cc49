/**
 * Anomalies, their affected devices, the remediation queue and the detector's status as the pages
 * see them. The shapes come from the server's schemas (type-only).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AffectedDevice, AnomalyAction, AnomalyDetail, AnomalyKind, AnomalyStatus, AnomalyView, DetectionStatus, Severity } from "@/schemas/anomalies";
import { API, type QueryInputOf } from "@/schemas/api";
import { refreshAlerts } from "./alerts";
import { callApi, endpointUrl } from "./api";
import { queryKeys } from "./keys";

export type { AffectedDevice, AnomalyAction, AnomalyDetail, AnomalyKind, AnomalyStatus, AnomalyView, DetectionStatus, Severity };
export type AffectedState = AffectedDevice["state"];
export type UnhealthyState = Exclude<AffectedState, "healthy">;

/** The queries the list endpoints understand (schemas/api), with the page size always chosen by the page. */
export type AnomalyListParams = QueryInputOf<typeof API.listAnomalies> & { limit: number };
export type AffectedDeviceParams = QueryInputOf<typeof API.anomalyDevices> & { limit: number };
export type RemediationParams = Omit<QueryInputOf<typeof API.listRemediation>, "format"> & { limit: number };

/** Triage is minutes-sensitive: a new critical anomaly should show within a few seconds. */
const ANOMALY_REFRESH_MS = 5_000;
const REMEDIATION_REFRESH_MS = 15_000;

export function useAnomalies(params: AnomalyListParams) {
  return useQuery({
    queryKey: queryKeys.anomalies.list(params),
    queryFn: ({ signal }) => callApi(API.listAnomalies, { query: params, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: ANOMALY_REFRESH_MS,
  });
}

export function useAnomaly(id: string) {
  return useQuery({
    queryKey: queryKeys.anomalies.detail(id),
    queryFn: ({ signal }) => callApi(API.getAnomaly, { params: { id }, signal }),
    refetchInterval: ANOMALY_REFRESH_MS,
  });
}

export function useAffectedDevices(id: string, params: AffectedDeviceParams) {
  return useQuery({
    queryKey: queryKeys.anomalies.devices(id, params),
    queryFn: ({ signal }) => callApi(API.anomalyDevices, { params: { id }, query: params, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REMEDIATION_REFRESH_MS,
  });
}

export function useAnomalyAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, note }: { action: AnomalyAction; note?: string }) => callApi(API.actOnAnomaly, { params: { id }, body: { action, note } }),
    onSuccess: (anomaly) => {
      queryClient.setQueryData<AnomalyDetail>(queryKeys.anomalies.detail(id), (detail) => (detail ? { ...detail, ...anomaly } : detail));
      void queryClient.invalidateQueries({ queryKey: queryKeys.anomalies.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.rings.health() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
      refreshAlerts(queryClient);
    },
  });
}

export function useRemediation(params: RemediationParams) {
  return useQuery({
    queryKey: queryKeys.anomalies.remediation(params),
    queryFn: ({ signal }) => callApi(API.listRemediation, { query: params, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REMEDIATION_REFRESH_MS,
  });
}

/** The CSV of the whole queue under the same filters (every row, not one page): a plain download link. */
export function remediationCsvHref(params: Omit<RemediationParams, "limit" | "cursor">): string {
  return endpointUrl(API.listRemediation, { query: { ring: params.ring, state: params.state, anomalyId: params.anomalyId, format: "csv" } });
}

export function useDetectionStatus() {
  return useQuery({
    queryKey: queryKeys.anomalies.detection(),
    queryFn: ({ signal }) => callApi(API.detectionStatus, { signal }),
    refetchInterval: ANOMALY_REFRESH_MS,
  });
}
