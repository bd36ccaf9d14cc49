"use client";

import { useDetectionStatus } from "@/queries/anomalies";
import { useNow } from "@/components/ui/useNow";
import { detectionLine } from "./detectionStatus";

/** One quiet line under the page title: is the detector ticking, and how fast does it catch things. */
export function DetectionStatusLine() {
  const status = useDetectionStatus();
  const now = useNow();
  if (status.isPending) return <p className="text-xs text-slate-500 dark:text-slate-400">Checking the detector…</p>;
  if (!status.data) return <p className="text-xs text-red-700 dark:text-red-400">Detector status unavailable: {status.error?.message ?? "no answer"}</p>;
  const line = detectionLine(status.data, now);
  return (
    <p className={`flex items-center gap-1.5 text-xs ${line.stale ? "text-amber-800 dark:text-amber-300" : "text-slate-500 dark:text-slate-400"}`}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${line.stale ? "bg-amber-500" : "bg-emerald-500"}`} />
      <span>
        <span className="font-medium">{line.stale ? "Detector behind:" : "Detector:"}</span> {line.text}
      </span>
    </p>
  );
}
