import { useMemo } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { API } from "@/schemas/api";
import { callApi } from "./api";
import { queryKeys } from "./keys";
import type { CreateRingInput, UpdateRingsInput } from "./rollouts";

/** The rings a fresh install starts with; used until the rings endpoint answers. */
export const DEFAULT_RING_NAMES = ["canary", "early", "broad"] as const;
const RING_NAMES_STALE_MS = 60_000;
const RING_HEALTH_REFRESH_MS = 10_000;

async function fetchRingNames(signal: AbortSignal): Promise<string[]> {
  try {
    const page = await callApi(API.listRings, { signal });
    const names = page.items.map((ring) => ring.name);
    return names.length > 0 ? names : [...DEFAULT_RING_NAMES];
  } catch (error) {
    if (signal.aborted) throw error;
    // Ring names only fill menus: the defaults keep them useful when the endpoint fails.
    return [...DEFAULT_RING_NAMES];
  }
}

/** Ring names in rollout order (the endpoint sorts by `order`). */
export function useRingNames(): readonly string[] {
  const query = useQuery({
    queryKey: queryKeys.rings.names(),
    queryFn: ({ signal }) => fetchRingNames(signal),
    staleTime: RING_NAMES_STALE_MS,
  });
  return query.data ?? DEFAULT_RING_NAMES;
}

export function useRings() {
  return useQuery({
    queryKey: queryKeys.rings.list(),
    queryFn: ({ signal }) => callApi(API.listRings, { signal }),
    select: (page) => page.items,
  });
}

export function useRingHealth() {
  return useQuery({
    queryKey: queryKeys.rings.health(),
    queryFn: ({ signal }) => callApi(API.ringHealth, { signal }),
    select: (page) => page.items,
    refetchInterval: RING_HEALTH_REFRESH_MS,
  });
}

export function useCreateRing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRingInput) => callApi(API.createRing, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.rings.all }),
  });
}

/**
 * Saves several ring rows in one `PATCH /api/v1/rings`: the server applies them together and checks the
 * resulting set, which is how percentages are rebalanced (one ring up, another down) without an
 * intermediate state that does not sum to 100.
 */
export function useUpdateRings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateRingsInput) => callApi(API.updateRings, { body: input }),
    onSuccess: (page) => {
      // The answer is the whole list: show it at once, then refetch names and ring health (shares moved).
      queryClient.setQueryData(queryKeys.rings.list(), page);
      void queryClient.invalidateQueries({ queryKey: queryKeys.rings.all });
    },
  });
}

/** Devices in each ring now, for exposure as a share of its ring; empty until ring health has loaded. */
export function useRingSizes(): Record<string, number> {
  const health = useRingHealth();
  return useMemo(() => Object.fromEntries((health.data ?? []).map((ring) => [ring.ring, ring.devices])), [health.data]);
}
