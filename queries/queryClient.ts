import { QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api";

const STALE_TIME_MS = 5_000;
const MAX_RETRIES = 2;

/** Client errors (4xx) will not fix themselves on retry; network blips and 5xx might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/** An expired session turns every request into a 401: send the user to sign in, then back here. */
function redirectToLoginOnUnauthorized(error: unknown) {
  if (!isApiError(error, 401) || typeof window === "undefined") return;
  const callbackUrl = `${window.location.pathname}${window.location.search}`;
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- outside React there is no router, and a full load drops the old session's cache
  window.location.assign(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: redirectToLoginOnUnauthorized }),
    defaultOptions: {
      queries: { staleTime: STALE_TIME_MS, refetchOnWindowFocus: true, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
