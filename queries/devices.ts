import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { API, type QueryInputOf, type ResponseOf } from "@/schemas/api";
import { DEVICE_SORTS, type Device } from "@/schemas/devices";
import { callApi, endpointUrl } from "./api";
import { queryKeys } from "./keys";

export { DEVICE_SORTS };
export type DeviceSort = (typeof DEVICE_SORTS)[number];
export type DeviceState = Device["state"];

/** The query the devices list endpoint understands, with page size and sort always chosen by the page. */
export type DeviceListParams = QueryInputOf<typeof API.listDevices> & { limit: number; sort: DeviceSort };
export type DevicePage = ResponseOf<typeof API.listDevices>;

const DEVICE_LIST_REFRESH_MS = 15_000;
const DEVICE_DETAIL_REFRESH_MS = 15_000;
const FLEET_SUMMARY_REFRESH_MS = 10_000;

export function useDevices(params: DeviceListParams) {
  return useQuery({
    queryKey: queryKeys.devices.list(params),
    queryFn: ({ signal }) => callApi(API.listDevices, { query: params, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: DEVICE_LIST_REFRESH_MS,
  });
}

/** Every device the filters match as CSV (not one page): a plain download link. */
export function devicesCsvHref({ limit: _limit, cursor: _cursor, ...filters }: DeviceListParams): string {
  return endpointUrl(API.listDevices, { query: { ...filters, format: "csv" } });
}

export function useDevice(deviceId: string) {
  return useQuery({
    queryKey: queryKeys.devices.detail(deviceId),
    queryFn: ({ signal }) => callApi(API.getDevice, { params: { id: deviceId }, signal }),
    refetchInterval: DEVICE_DETAIL_REFRESH_MS,
  });
}

export function useDeviceSummary() {
  return useQuery({
    queryKey: queryKeys.devices.summary(),
    queryFn: ({ signal }) => callApi(API.deviceSummary, { signal }),
    refetchInterval: FLEET_SUMMARY_REFRESH_MS,
  });
}
