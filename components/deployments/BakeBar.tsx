import { bakeText, type BakeProgress } from "./bake";

const PERCENT = 100;

/** A bake timer as a progress bar, with the time left in words next to it; it stands still (amber) while the deployment is paused. */
export function BakeBar({ ring, progress }: { ring: string; progress: BakeProgress }) {
  const percent = Math.round(progress.fraction * PERCENT);
  const text = bakeText(progress);
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={`${ring} bake`}
        aria-valuemin={0}
        aria-valuemax={PERCENT}
        aria-valuenow={percent}
        aria-valuetext={text}
        className="h-1.5 min-w-16 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full rounded-full ${progress.paused ? "bg-amber-500" : progress.done ? "bg-emerald-500" : "bg-indigo-500"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <span className="whitespace-nowrap text-xs tabular-nums text-slate-600 dark:text-slate-300">{text}</span>
    </div>
  );
}
