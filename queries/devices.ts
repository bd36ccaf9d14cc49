import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Device, DeviceDetail, DeviceSummary } from "@/schemas/devices";
import { apiRequest, toQueryString } from "./api";
import { queryKeys } from "./keys";

export const DEVICE_SORTS = ["device_id", "last_seen", "hostname"] as const;
export type DeviceSort = (typeof DEVICE_SORTS)[number];
export type DeviceState = Device["state"];

/** Exactly the query the devices list endpoint understands. */
export interface DeviceListParams {
  limit: number;
  cursor?: string;
  ring?: string;
  state?: DeviceState;
  component?: string;
  version?: string;
  q?: string;
  sort: DeviceSort;
}

export interface DevicePage {
  items: Device[];
  nextCursor: string | null;
}

const DEVICE_LIST_REFRESH_MS = 15_000;
const DEVICE_DETAIL_REFRESH_MS = 15_000;
const FLEET_SUMMARY_REFRESH_MS = 10_000;

export function useDevices(params: DeviceListParams) {
  return useQuery({
    queryKey: queryKeys.devices.list(params),
    queryFn: ({ signal }) => apiRequest<DevicePage>(`/api/v1/devices${toQueryString({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: DEVICE_LIST_REFRESH_MS,
  });
}

export function useDevice(deviceId: string) {
  return useQuery({
    queryKey: queryKeys.devices.detail(deviceId),
    queryFn: ({ signal }) => apiRequest<DeviceDetail>(`/api/v1/devices/${encodeURIComponent(deviceId)}`, { signal }),
    refetchInterval: DEVICE_DETAIL_REFRESH_MS,
  });
}

export function useDeviceSummary() {
  return useQuery({
    queryKey: queryKeys.devices.summary(),
    queryFn: ({ signal }) => apiRequest<DeviceSummary>("/api/v1/devices/summary", { signal }),
    refetchInterval: FLEET_SUMMARY_REFRESH_MS,
  });
}
