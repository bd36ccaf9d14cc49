"use client";

import { formatDateTime, formatRelativeTime, type RelativeTimeOptions } from "./time";
import { useNow } from "./useNow";

/** "3m ago", with the absolute time in the tooltip and the machine-readable time for assistive tech. */
export function RelativeTime({ iso, fallback = "—", deadline }: { iso: string | null; fallback?: string } & RelativeTimeOptions) {
  const now = useNow();
  if (!iso) return <span className="text-slate-500 dark:text-slate-400">{fallback}</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)} className="whitespace-nowrap">
      {formatRelativeTime(iso, now, { deadline })}
    </time>
  );
}
