"use client";

import { useNow } from "@/components/ui/useNow";

const MS_PER_SECOND = 1000;

/** Seconds since a query's data arrived (its `dataUpdatedAt`), ticking with the shared clock. */
export function useSecondsSince(updatedAt: number): number {
  const now = useNow();
  return updatedAt > 0 ? Math.max(0, (now - updatedAt) / MS_PER_SECOND) : 0;
}
