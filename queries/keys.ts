import type { DeviceListParams } from "./devices";

/** The one query-key factory: every react-query key in the app comes from here. */
export const queryKeys = {
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
  },
  users: {
    all: ["users"] as const,
    list: () => [...queryKeys.users.all, "list"] as const,
  },
  apiKeys: {
    all: ["apiKeys"] as const,
    list: () => [...queryKeys.apiKeys.all, "list"] as const,
  },
};
