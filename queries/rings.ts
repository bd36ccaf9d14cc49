import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api";
import { queryKeys } from "./keys";

/** The rings a fresh install starts with; used until the rings endpoint answers. */
export const DEFAULT_RING_NAMES = ["canary", "early", "broad"] as const;
const RING_NAMES_STALE_MS = 60_000;

interface RingPage {
  items: { name: string }[];
}

async function fetchRingNames(signal: AbortSignal): Promise<string[]> {
  try {
    const page = await apiRequest<RingPage>("/api/v1/rings", { signal });
    const names = page.items.map((ring) => ring.name);
    return names.length > 0 ? names : [...DEFAULT_RING_NAMES];
  } catch (error) {
    if (signal.aborted) throw error;
    // Ring names only fill a filter menu: the defaults keep the menu useful when the endpoint fails.
    return [...DEFAULT_RING_NAMES];
  }
}

export function useRingNames(): readonly string[] {
  const query = useQuery({
    queryKey: queryKeys.rings.names(),
    queryFn: ({ signal }) => fetchRingNames(signal),
    staleTime: RING_NAMES_STALE_MS,
  });
  return query.data ?? DEFAULT_RING_NAMES;
}
