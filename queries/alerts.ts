/** The alert feed: the shell's bell, the /alerts page, and the calling user's read state (kept on the server). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { DEFAULT_ALERT_PAGE_SIZE, type AlertDelivery, type AlertView } from "@/schemas/alerts";
import { API } from "@/schemas/api";
import type { QueryInputOf } from "@/schemas/api/endpoint";
import { callApi } from "./api";
import { queryKeys } from "./keys";

export type Alert = AlertView;
export type { AlertDelivery };
export type AlertListParams = Omit<NonNullable<QueryInputOf<typeof API.listAlerts>>, "unread"> & { unread?: "true" };
const RECENT_ALERTS = DEFAULT_ALERT_PAGE_SIZE;

/** The bell is on every page: often enough that a pause shows within seconds, cheap enough for every tab. */
const ALERT_POLL_MS = 10_000;

export function useRecentAlerts() {
  return useQuery({
    queryKey: queryKeys.alerts.recent(),
    queryFn: ({ signal }) => callApi(API.listAlerts, { query: { limit: RECENT_ALERTS }, signal }),
    refetchInterval: ALERT_POLL_MS,
  });
}

export function useAlertList(params: AlertListParams) {
  return useQuery({
    queryKey: queryKeys.alerts.list(params),
    queryFn: ({ signal }) => callApi(API.listAlerts, { query: params, signal }),
    refetchInterval: ALERT_POLL_MS,
    placeholderData: keepPreviousData,
  });
}

/** `{upTo}` marks that alert and all older read, `{ids}` just those; every view of the feed refreshes. */
export function useMarkAlertsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { upTo: string } | { ids: string[] }) => callApi(API.markAlertsRead, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all }),
  });
}

/** After the user's own action (pause, promote, acknowledge…) its alert is in the feed now: show it at once, not at the next poll. */
export function refreshAlerts(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all });
}
