import type { Suspect } from "@/schemas/anomalies";
import { Card, CardHeader } from "@/components/ui/Card";
import { dimensionLabel, formatRelativeRisk } from "./evidenceFormat";
import { DEVICE_STATE_LOOK } from "@/components/ui/deviceStates";
import { NEUTRAL_SERIES_COLOR } from "@/components/ui/palette";
import { rankSuspects, type SuspectBar } from "./suspects";

const percent = (value: number) => `${Math.round(value)}%`;
/** Affected devices in the colour of an unhealthy device; the exposed ones, their reference, neutral. */
const AFFECTED_COLOR = DEVICE_STATE_LOOK.crashed.chartColor;

function ShareBar({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <div className="flex items-center gap-2">
      <span className="w-16 shrink-0 text-slate-600 dark:text-slate-400">{label}</span>
      <span className="h-2 flex-1 overflow-hidden rounded-sm bg-slate-100 dark:bg-slate-800">
        <span className="block h-full rounded-sm" style={{ width: `${value}%`, backgroundColor: color }} />
      </span>
      <span className="w-9 shrink-0 text-right tabular-nums text-slate-700 dark:text-slate-300">{percent(value)}</span>
    </div>
  );
}

function SuspectRow({ suspect, rank }: { suspect: SuspectBar; rank: number }) {
  return (
    <li className="px-4 py-2 text-xs">
      <div className="mb-1 flex items-baseline gap-2">
        <span className="w-4 shrink-0 tabular-nums text-slate-600 dark:text-slate-400">{rank}</span>
        <span
          className="min-w-0 truncate font-mono text-[12px] text-slate-900 dark:text-slate-100"
          title={`${dimensionLabel(suspect.dimension)}: ${suspect.value}`}
        >
          {suspect.dimension}={suspect.value}
        </span>
        <span
          className="ml-auto shrink-0 tabular-nums text-slate-600 dark:text-slate-400"
          title="Share of affected devices divided by share of exposed devices"
        >
          lift {formatRelativeRisk(suspect.lift)}
        </span>
      </div>
      <div
        className="space-y-0.5 pl-6"
        aria-label={`${percent(suspect.affectedPercent)} of affected devices, ${percent(suspect.exposedPercent)} of exposed devices`}
        role="img"
      >
        <ShareBar label="affected" value={suspect.affectedPercent} color={AFFECTED_COLOR} />
        <ShareBar label="exposed" value={suspect.exposedPercent} color={NEUTRAL_SERIES_COLOR} />
      </div>
    </li>
  );
}

/** What the affected devices have in common, beyond what every exposed device has. */
export function SuspectList({ suspects }: { suspects: Suspect[] }) {
  const bars = rankSuspects(suspects);
  return (
    <Card labelledBy="suspects-heading">
      <CardHeader
        id="suspects-heading"
        title="Suspects"
        description="Values that best separate affected from unaffected exposed devices, strongest evidence first"
      />
      {bars.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">No attribute stands out: the affected devices look like the exposed ones.</p>
      ) : (
        <ol className="divide-y divide-slate-100 dark:divide-slate-800">
          {bars.map((suspect, index) => (
            <SuspectRow key={suspect.key} suspect={suspect} rank={index + 1} />
          ))}
        </ol>
      )}
    </Card>
  );
}
