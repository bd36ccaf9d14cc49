"use client";

import { formatDateTime, formatRelativeTime } from "./time";
import { useNow } from "./useNow";

/** "3m ago", with the absolute time in the tooltip and the machine-readable time for assistive tech. */
export function RelativeTime({ iso, fallback = "—" }: { iso: string | null; fallback?: string }) {
  const now = useNow();
  if (!iso) return <span className="text-slate-500 dark:text-slate-400">{fallback}</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)} className="whitespace-nowrap">
      {formatRelativeTime(iso, now)}
    </time>
  );
}
