"use client";

import { useSyncExternalStore } from "react";
import { timeZoneCaption } from "./timeAxis";

const never = () => () => {};

/** The browser's zone, known only once in the browser: the server renders without it, so hydration agrees. */
function useTimeZoneCaption(at: number | undefined): string | null {
  return useSyncExternalStore(
    never,
    () => (at === undefined ? null : timeZoneCaption(at)),
    () => null,
  );
}

/** Under a time chart: what the axes measure and which zone the times are in. */
export function ChartAxesNote({ units, at }: { units: string; at?: number }) {
  const zone = useTimeZoneCaption(at);
  return (
    <p className="px-4 pb-2 text-right text-xs text-slate-600 dark:text-slate-400">
      {units}
      {zone ? ` · ${zone}` : null}
    </p>
  );
}
