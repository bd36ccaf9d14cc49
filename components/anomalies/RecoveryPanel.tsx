import type { Recovery } from "@/schemas/anomalies";
import { Card, CardHeader } from "@/components/ui/Card";
import { formatCount, formatPercent, formatRateFull, rateOf } from "@/components/ui/rate";
import { recoverySegments, stillUnhealthy } from "./recovery";

/** Where the affected devices are now: one stacked bar and the counts. */
export function RecoveryPanel({ recovery }: { recovery: Recovery }) {
  const segments = recoverySegments(recovery);
  const unhealthy = stillUnhealthy(recovery);
  const description = segments.map((s) => `${s.label} ${s.count}`).join(", ");
  return (
    <Card labelledBy="recovery-heading">
      <CardHeader
        id="recovery-heading"
        title="Recovery"
        description={`${formatCount(unhealthy)} of ${formatCount(recovery.affected)} affected devices still need attention`}
      />
      <div className="space-y-3 px-4 py-3">
        <div role="img" aria-label={`Affected devices now: ${description}`} className="flex h-3 overflow-hidden rounded-sm bg-slate-100 dark:bg-slate-800">
          {segments.map((s) => (s.count > 0 ? <span key={s.key} style={{ width: `${s.share * 100}%`, backgroundColor: s.color }} /> : null))}
        </div>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1.5 text-[13px] sm:grid-cols-4">
          {segments.map((s) => (
            <div key={s.key} title={formatRateFull(rateOf(s.count, recovery.affected), `of affected devices ${s.label.toLowerCase()}`)}>
              <dt className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
                <span aria-hidden="true" className="size-2 rounded-sm" style={{ backgroundColor: s.color }} />
                {s.label}
              </dt>
              <dd className="font-semibold tabular-nums text-slate-900 dark:text-slate-100">
                {formatCount(s.count)}
                <span className="ml-1 text-xs font-normal text-slate-600 dark:text-slate-400">
                  {formatPercent(s.share)} of {formatCount(recovery.affected)}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </Card>
  );
}
