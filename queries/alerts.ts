/** The alert feed behind the shell's bell: recent alerts and where their webhooks stand. */
import { useQuery } from "@tanstack/react-query";
import { DEFAULT_ALERT_PAGE_SIZE, type AlertDelivery, type AlertView } from "@/schemas/alerts";
import { API } from "@/schemas/api";
import { callApi } from "./api";
import { queryKeys } from "./keys";

export type Alert = AlertView;
export type { AlertDelivery };
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
