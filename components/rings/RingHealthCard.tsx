import Link from "next/link";
import type { RingHealth } from "@/queries/rollouts";
import { Badge } from "@/components/ui/Badge";
import { focusRing, surface } from "@/components/ui/styles";
import { formatShare } from "@/components/overview/fleetSlices";
import { OpenAnomaliesBadge } from "@/components/anomalies/OpenAnomaliesBadge";
import { RingRollouts } from "./RingRollouts";
import { VersionBar } from "./VersionBar";
import { RATE_LEVEL_TEXT, crashFreeLevel, formatRateInterval } from "./crashFree";
import type { RingStage } from "./ringStages";
import { componentMixes } from "./versionMix";

const numberFormat = new Intl.NumberFormat();

function Stat({ label, value, detail, valueClass = "" }: { label: string; value: string; detail?: string; valueClass?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className={`mt-0.5 truncate font-semibold tabular-nums ${valueClass || "text-slate-900 dark:text-slate-100"}`}>
        {value}
        {detail ? <span className="ml-1 text-xs font-normal text-slate-500 dark:text-slate-400">{detail}</span> : null}
      </dd>
    </div>
  );
}

function AnomalyBadge({ ring, open }: { ring: string; open: number }) {
  if (open === 0) return <Badge tone="muted">no open anomalies</Badge>;
  return <OpenAnomaliesBadge count={open} filter={{ ring }} where={ring} />;
}

interface RingHealthCardProps {
  health: RingHealth;
  stages: RingStage[];
  secondsSinceFetch: number;
}

export function RingHealthCard({ health, stages, secondsSinceFetch }: RingHealthCardProps) {
  const headingId = `ring-card-${health.ring}`;
  const mixes = componentMixes(health.versions);
  const online = health.devices > 0 ? formatShare(health.online / health.devices) : undefined;
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
          <Stat label="Devices" value={numberFormat.format(health.devices)} />
          <Stat label="Online" value={numberFormat.format(health.online)} detail={online} />
          <Stat
            label="Crash-free, 24 h (95% CI)"
            value={formatRateInterval(health.crashFreeInterval)}
            valueClass={RATE_LEVEL_TEXT[crashFreeLevel(health.crashFreeRate)]}
          />
        </dl>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          <span className={health.crashed > 0 ? "text-red-700 dark:text-red-400" : undefined}>{numberFormat.format(health.crashed)} crashed</span> ·{" "}
          <span className={health.bootLooping > 0 ? "text-amber-700 dark:text-amber-400" : undefined}>
            {numberFormat.format(health.bootLooping)} boot looping
          </span>{" "}
          · {numberFormat.format(health.silent)} silent
        </p>
        {mixes.length > 0 ? (
          <div className="space-y-2">
            {mixes.map((mix) => (
              <VersionBar key={mix.component} component={mix.component} segments={mix.segments} />
            ))}
          </div>
        ) : (
          <p className="text-xs text-slate-500 dark:text-slate-400">No versions reported yet.</p>
        )}
      </div>
      <div className="border-t border-slate-100 px-4 py-2.5 dark:border-slate-800">
        <RingRollouts ring={health.ring} stages={stages} secondsSinceFetch={secondsSinceFetch} />
      </div>
    </section>
  );
}
