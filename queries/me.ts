import { useQuery } from "@tanstack/react-query";
import type { Permission } from "@/schemas/access";
import { API, type ResponseOf } from "@/schemas/api";
import { callApi } from "./api";
import { queryKeys } from "./keys";

/** The permissions the UI asks about by purpose; the server's permission table is the authority. */
export const PERMISSIONS = {
  operateDeployments: "deployments:operate",
  acknowledgeAnomalies: "anomalies:acknowledge",
  resolveAnomalies: "anomalies:resolve",
  manageSettings: "settings:manage",
} as const satisfies Record<string, Permission>;
export type { Permission };

export type Me = ResponseOf<typeof API.me>;

const ME_STALE_MS = 60_000;

export function useMe() {
  return useQuery({
    queryKey: queryKeys.me.all,
    queryFn: ({ signal }) => callApi(API.me, { signal }),
    staleTime: ME_STALE_MS,
  });
}

/** False until /me answers: controls appear only once the server says the user may use them. */
export function useHasPermission(permission: Permission): boolean {
  const me = useMe();
  return me.data?.permissions.includes(permission) ?? false;
}
