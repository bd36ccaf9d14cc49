import { Keys } from "./Keys";
import type { Shortcut, Stroke } from "./shortcuts";
import type { Platform } from "./strokeLabels";

/** After `g`: which letters go where, until the sequence completes or times out. */
export function SequenceHint({ pending, shortcuts, platform }: { pending: readonly Stroke[]; shortcuts: readonly Shortcut[]; platform: Platform }) {
  const next = pending.length
    ? shortcuts.flatMap((s) =>
        s.bindings
          .filter((b) => b.keys.length > pending.length && pending.every((k, i) => b.keys[i] === k))
          .map((b) => ({ key: b.keys[pending.length], label: s.description })),
      )
    : [];
  return (
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center">
      {next.length > 0 ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-xs text-slate-600 shadow-lg dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-300">
          <Keys keys={pending} platform={platform} />
          <span className="text-slate-500 dark:text-slate-400">then</span>
          {next.map(({ key, label }) => (
            <span key={key} className="inline-flex items-center gap-1">
              <Keys keys={[key]} platform={platform} /> {label}
            </span>
          ))}
        </div>
      ) : null}
    </div>
  );
}
