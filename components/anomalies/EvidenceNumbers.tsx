import type { Evidence } from "@/schemas/anomalies";
import { Card, CardHeader } from "@/components/ui/Card";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { formatCount, formatInterval, formatRateCompact, formatRateFull, rateOf } from "@/components/ui/rate";
import { adjustmentText, formatExpected, formatPValue, formatRelativeRisk } from "./evidenceFormat";

function Fact({ label, value, detail, title }: { label: string; value: string; detail?: string; title?: string }) {
  return (
    <div className="min-w-0" title={title}>
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-0.5 font-semibold tabular-nums text-slate-900 dark:text-slate-100">
        {value}
        {detail ? <span className="ml-1.5 text-xs font-normal text-slate-600 dark:text-slate-400">{detail}</span> : null}
      </dd>
    </div>
  );
}

/** The numbers behind the anomaly: exposed against affected, the baseline, and how unlikely chance is. */
export function EvidenceNumbers({ evidence }: { evidence: Evidence }) {
  const affected = rateOf(evidence.affected, evidence.exposed);
  const baseline = rateOf(evidence.baselineAffected, evidence.baselineDevices);
  return (
    <Card labelledBy="evidence-heading">
      <CardHeader
        id="evidence-heading"
        title="Evidence"
        description={
          <>
            Exposed devices in the ring against the baseline ({evidence.basis ?? "devices not offered the release"}), since{" "}
            <RelativeTime iso={evidence.windowStart} />
          </>
        }
      />
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 px-4 py-3 text-[13px] sm:grid-cols-3 xl:grid-cols-4">
        <Fact label="Exposed" value={formatCount(evidence.exposed)} title="Devices in the ring offered the release" />
        <Fact
          label="Affected"
          value={formatRateCompact(affected)}
          detail={formatInterval(affected)}
          title={`Exposed devices showing the signal since exposure: ${formatRateFull(affected, "affected")}`}
        />
        <Fact
          label="Baseline"
          value={formatRateCompact(baseline)}
          detail={formatInterval(baseline)}
          title={`Devices of the rings not yet offered the release, not on its version, alive in the window: ${formatRateFull(baseline, "affected")}`}
        />
        <Fact label="Relative risk" value={formatRelativeRisk(evidence.relativeRisk)} title="Affected rate divided by the baseline rate" />
        <Fact label="p-value" value={formatPValue(evidence.pValue)} title="One-sided exact test of the excess over the baseline" />
        <Fact
          label="Expected affected"
          value={formatExpected(evidence.expectedAffected)}
          detail={adjustmentText(evidence.adjustedFor)}
          title="Affected devices the baseline predicts for this many exposed devices"
        />
        <div className="min-w-0">
          <dt className="text-xs text-slate-600 dark:text-slate-400">First signal</dt>
          <dd className="mt-0.5 font-semibold text-slate-900 dark:text-slate-100">
            <RelativeTime iso={evidence.firstSignalAt} fallback="not recorded" />
          </dd>
        </div>
      </dl>
    </Card>
  );
}
