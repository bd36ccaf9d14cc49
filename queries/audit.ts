import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { API } from "@/schemas/api";
import { callApi } from "./api";
import { queryKeys } from "./keys";
import type { AuditListParams } from "./rollouts";

const AUDIT_REFRESH_MS = 15_000;

export function useAuditLog(params: AuditListParams) {
  return useQuery({
    queryKey: queryKeys.audit.list(params),
    queryFn: ({ signal }) => callApi(API.listAudit, { query: params, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: AUDIT_REFRESH_MS,
  });
}
