"use client";

import { useState } from "react";
import { shortId } from "@/core/names";
import { focusRing } from "./styles";

const COPIED_MS = 1_500;

/**
 * An id where a name is shown: the short form on a button that copies the whole id, with "Copied"
 * announced to screen readers. Where the clipboard is refused (an insecure origin), the id is in the tooltip.
 */
export function CopyId({ id, label = "id" }: { id: string; label?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    setTimeout(() => setStatus("idle"), COPIED_MS);
  };
  return (
    <span className="inline-flex items-center gap-1">
      <button
        type="button"
        onClick={() => void copy()}
        title={`Copy ${label} ${id}`}
        aria-label={`Copy ${label} ${id}`}
        className={`rounded border border-slate-200 bg-slate-50 px-1 font-mono text-[11px] leading-4 text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-300 dark:hover:text-white ${focusRing}`}
      >
        {status === "copied" ? "copied" : shortId(id)}
      </button>
      <span aria-live="polite" className="sr-only">
        {status === "copied" ? "Copied" : status === "failed" ? "Could not copy: select the id in the tooltip" : ""}
      </span>
    </span>
  );
}
