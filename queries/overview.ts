import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { API } from "@/schemas/api";
import { callApi } from "./api";
import { queryKeys } from "./keys";

/** History moves by the day; a minute keeps "this week" current without re-reading 90 days every few seconds. */
const HISTORY_REFRESH_MS = 60_000;

export function useOverviewHistory(days: number) {
  return useQuery({
    queryKey: queryKeys.overview.history(days),
    queryFn: ({ signal }) => callApi(API.overviewHistory, { query: { days }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: HISTORY_REFRESH_MS,
  });
}
