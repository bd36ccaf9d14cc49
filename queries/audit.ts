import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest, toQueryString } from "./api";
import { queryKeys } from "./keys";
import type { AuditEntry, AuditListParams, Page } from "./rollouts";

const AUDIT_REFRESH_MS = 15_000;

export function useAuditLog(params: AuditListParams) {
  return useQuery({
    queryKey: queryKeys.audit.list(params),
    queryFn: ({ signal }) => apiRequest<Page<AuditEntry>>(`/api/v1/audit${toQueryString({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: AUDIT_REFRESH_MS,
  });
}
