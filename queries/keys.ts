import type { AlertListParams } from "./alerts";
import type { AffectedDeviceParams, AnomalyListParams, RemediationParams } from "./anomalies";
import type { DeviceListParams } from "./devices";
import type { AuditListParams, DeploymentListParams } from "./rollouts";

/** The one query-key factory: every react-query key in the app comes from here. */
export const queryKeys = {
  me: {
    all: ["me"] as const,
  },
  devices: {
    all: ["devices"] as const,
    lists: () => [...queryKeys.devices.all, "list"] as const,
    list: (params: DeviceListParams) => [...queryKeys.devices.lists(), params] as const,
    detail: (deviceId: string) => [...queryKeys.devices.all, "detail", deviceId] as const,
    summary: () => [...queryKeys.devices.all, "summary"] as const,
  },
  rings: {
    all: ["rings"] as const,
    names: () => [...queryKeys.rings.all, "names"] as const,
    list: () => [...queryKeys.rings.all, "list"] as const,
    health: () => [...queryKeys.rings.all, "health"] as const,
  },
  releases: {
    all: ["releases"] as const,
    list: (limit: number) => [...queryKeys.releases.all, "list", limit] as const,
  },
  deployments: {
    all: ["deployments"] as const,
    lists: () => [...queryKeys.deployments.all, "list"] as const,
    list: (params: DeploymentListParams) => [...queryKeys.deployments.lists(), params] as const,
    detail: (id: string) => [...queryKeys.deployments.all, "detail", id] as const,
    gate: (id: string, ring: string) => [...queryKeys.deployments.detail(id), "gate", ring] as const,
    health: (id: string) => [...queryKeys.deployments.detail(id), "health"] as const,
    series: (id: string) => [...queryKeys.deployments.detail(id), "series"] as const,
  },
  anomalies: {
    all: ["anomalies"] as const,
    lists: () => [...queryKeys.anomalies.all, "list"] as const,
    list: (params: AnomalyListParams) => [...queryKeys.anomalies.lists(), params] as const,
    detail: (id: string) => [...queryKeys.anomalies.all, "detail", id] as const,
    devices: (id: string, params: AffectedDeviceParams) => [...queryKeys.anomalies.detail(id), "devices", params] as const,
    remediation: (params: RemediationParams) => [...queryKeys.anomalies.all, "remediation", params] as const,
    detection: () => [...queryKeys.anomalies.all, "detection"] as const,
  },
  alerts: {
    all: ["alerts"] as const,
    recent: () => [...queryKeys.alerts.all, "recent"] as const,
    list: (params: AlertListParams) => [...queryKeys.alerts.all, "list", params] as const,
  },
  audit: {
    all: ["audit"] as const,
    list: (params: AuditListParams) => [...queryKeys.audit.all, "list", params] as const,
  },
  users: {
    all: ["users"] as const,
    list: () => [...queryKeys.users.all, "list"] as const,
  },
  apiKeys: {
    all: ["apiKeys"] as const,
    list: () => [...queryKeys.apiKeys.all, "list"] as const,
  },
  webhooks: {
    all: ["webhooks"] as const,
    list: () => [...queryKeys.webhooks.all, "list"] as const,
    deliveries: (id: string) => [...queryKeys.webhooks.all, "deliveries", id] as const,
    alertmanager: () => [...queryKeys.webhooks.all, "alertmanager"] as const,
  },
};
