import { formatCount, formatPercent } from "@/components/ui/rate";
import { describeMix, segmentShare, type VersionSegment } from "./versionMix";

const PERCENT = 100;

/** One component's versions as a stacked horizontal bar, with a legend of counts. */
export function VersionBar({ component, segments }: { component: string; segments: VersionSegment[] }) {
  const total = segments.reduce((sum, s) => sum + s.devices, 0);
  return (
    <div>
      <h4 className="text-xs font-medium break-all text-slate-700 dark:text-slate-300">{component}</h4>
      <div
        role="img"
        aria-label={describeMix(component, segments)}
        className="mt-1 flex h-2 gap-px overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        {segments.map((s) => (
          <div
            key={s.version}
            className="h-full first:rounded-l-full last:rounded-r-full"
            style={{ width: `${s.share * PERCENT}%`, backgroundColor: s.color }}
            title={`${s.version}: ${segmentShare(s, total)}`}
          />
        ))}
      </div>
      <ul aria-hidden="true" className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600 dark:text-slate-400">
        {segments.map((s) => (
          // Versions are whatever agents report (up to 128 characters): a long one is cut, never the card.
          <li key={s.version} className="flex min-w-0 max-w-full items-center gap-1">
            <span className="size-2 shrink-0 rounded-sm" style={{ backgroundColor: s.color }} />
            <span className="min-w-0 truncate font-mono text-slate-800 dark:text-slate-200" title={s.version}>
              {s.version}
            </span>
            <span className="tabular-nums">{formatCount(s.devices)}</span>
            <span className="tabular-nums">{formatPercent(s.share)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
