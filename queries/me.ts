import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api";
import { queryKeys } from "./keys";

/** The permissions the UI asks about; the server's permission table is the authority. */
export const PERMISSIONS = {
  operateDeployments: "deployments:operate",
  acknowledgeAnomalies: "anomalies:acknowledge",
  resolveAnomalies: "anomalies:resolve",
  manageSettings: "settings:manage",
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export interface Me {
  kind: "user" | "apiKey";
  name: string;
  email?: string;
  role?: string;
  permissions: string[];
}

const ME_STALE_MS = 60_000;

export function useMe() {
  return useQuery({
    queryKey: queryKeys.me.all,
    queryFn: ({ signal }) => apiRequest<Me>("/api/v1/me", { signal }),
    staleTime: ME_STALE_MS,
  });
}

/** False until /me answers: controls appear only once the server says the user may use them. */
export function useHasPermission(permission: Permission): boolean {
  const me = useMe();
  return me.data?.permissions.includes(permission) ?? false;
}
