import type { Stroke } from "./shortcuts";
import { strokeCaps, type Platform } from "./strokeLabels";

export const kbdClass =
  "inline-flex h-5 min-w-5 items-center justify-center rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[11px] font-medium leading-none text-slate-600 shadow-[inset_0_-1px_0_0] shadow-slate-300 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300 dark:shadow-slate-600";

/** One key sequence as key caps: `g` then `d`, or `Ctrl` `K`. */
export function Keys({ keys, platform }: { keys: readonly Stroke[]; platform: Platform }) {
  return (
    <span className="inline-flex items-center gap-1">
      {keys.map((stroke, i) => (
        <span key={`${i}:${stroke}`} className="inline-flex items-center gap-1">
          {i > 0 ? <span className="text-[11px] text-slate-600 dark:text-slate-400">then</span> : null}
          <kbd className="inline-flex gap-0.5">
            {strokeCaps(stroke, platform).map((cap) => (
              <kbd key={cap} className={kbdClass}>
                {cap}
              </kbd>
            ))}
          </kbd>
        </span>
      ))}
    </span>
  );
}
