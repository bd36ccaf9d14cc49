import Link from "next/link";
import type { Severity } from "@/queries/anomalies";
import type { RingHealth } from "@/queries/rollouts";
import { Badge } from "@/components/ui/Badge";
import { formatCount, formatInterval, formatPercent, formatRateCompact, formatRateFull, rateOf, type Rate } from "@/components/ui/rate";
import { focusRing, surface } from "@/components/ui/styles";
import { TONE_TEXT } from "@/components/ui/tone";
import { OpenAnomaliesBadge } from "@/components/anomalies/OpenAnomaliesBadge";
import { RingRollouts } from "./RingRollouts";
import { VersionBar } from "./VersionBar";
import { ringCrashFreeTone } from "./crashFree";
import type { RingStage } from "./ringStages";
import { componentMixes } from "./versionMix";

interface StatProps {
  label: string;
  value: string;
  detail?: string;
  /** The whole statement ("97.8% crash-free · 44 of 45 · 95% CI …"), for the tooltip and screen readers. */
  full?: string;
  valueClass?: string;
}

function Stat({ label, value, detail, full, valueClass = TONE_TEXT.neutral }: StatProps) {
  return (
    <div className="min-w-0" title={full}>
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className={`mt-0.5 font-semibold tabular-nums ${valueClass}`}>
        <span aria-hidden={full ? true : undefined}>{value}</span>
        {detail ? (
          <span aria-hidden={full ? true : undefined} className="block truncate text-xs font-normal text-slate-600 dark:text-slate-400">
            {detail}
          </span>
        ) : null}
        {full ? <span className="sr-only">{full}</span> : null}
      </dd>
    </div>
  );
}

function AnomalyBadge({ ring, open }: { ring: string; open: number }) {
  if (open === 0) return <Badge tone="muted">no open anomalies</Badge>;
  return <OpenAnomaliesBadge count={open} filter={{ ring }} where={ring} />;
}

/** The ring's crash-free devices as a rate: the server counts every device of the ring, crashed in 24 h or boot looping or not. */
const crashFreeRate = (health: RingHealth): Rate => rateOf(Math.round((health.crashFreeRate ?? 0) * health.devices), health.devices);

interface RingHealthCardProps {
  health: RingHealth;
  stages: RingStage[];
  secondsSinceFetch: number;
  /** Most severe open anomaly in the ring, null when none: the only thing that colours its numbers. */
  openSeverity: Severity | null;
}

export function RingHealthCard({ health, stages, secondsSinceFetch, openSeverity }: RingHealthCardProps) {
  const headingId = `ring-card-${health.ring}`;
  const mixes = componentMixes(health.versions);
  const online = rateOf(health.online, health.devices);
  const crashFree = crashFreeRate(health);
  const tone = ringCrashFreeTone({ crashFree, openSeverity });
  return (
    <section aria-labelledby={headingId} className={`${surface} flex flex-col`}>
      <header className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          <Link href={`/devices?ring=${encodeURIComponent(health.ring)}`} className={`rounded hover:underline ${focusRing}`}>
            {health.ring}
          </Link>
        </h3>
        <AnomalyBadge ring={health.ring} open={health.openAnomalies} />
      </header>
      <div className="flex-1 space-y-3 px-4 py-3">
        <dl className="grid grid-cols-[auto_auto_1fr] gap-x-5 text-[13px]">
          <Stat label="Devices" value={formatCount(health.devices)} />
          <Stat label="Online" value={formatCount(health.online)} detail={formatPercent(online.rate)} full={formatRateFull(online, "online")} />
          <Stat
            label="Crash-free, 24 h"
            value={formatRateCompact(crashFree)}
            detail={formatInterval(crashFree) || "no devices"}
            full={`${formatRateFull(crashFree, "crash-free in 24 h")}${openSeverity ? "" : "; no open anomaly, no baseline to compare with"}`}
            valueClass={TONE_TEXT[tone]}
          />
        </dl>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {formatCount(health.crashed)} crashed · {formatCount(health.bootLooping)} boot looping · {formatCount(health.silent)} silent
        </p>
        {mixes.length > 0 ? (
          <div className="space-y-2">
            {mixes.map((mix) => (
              <VersionBar key={mix.component} component={mix.component} segments={mix.segments} />
            ))}
          </div>
        ) : (
          <p className="text-xs text-slate-600 dark:text-slate-400">No versions reported yet.</p>
        )}
      </div>
      <div className="border-t border-slate-100 px-4 py-2.5 dark:border-slate-800">
        <RingRollouts ring={health.ring} ringDevices={health.devices} stages={stages} secondsSinceFetch={secondsSinceFetch} />
      </div>
    </section>
  );
}
