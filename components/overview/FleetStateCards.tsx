import Link from "next/link";
import { DEVICE_STATE_LOOK } from "@/components/ui/deviceStates";
import { focusRing, surface } from "@/components/ui/styles";
import { formatCount, formatPercent, formatRateFull, rateOf } from "@/components/ui/rate";
import type { StateSlice } from "./fleetSlices";

const numberFormat = new Intl.NumberFormat();

interface StatCardProps {
  label: string;
  value: number;
  detail?: string;
  /** The whole statement of a share, for the tooltip. */
  full?: string;
  accent?: string;
  /** The devices list filtered to what the card counts. */
  href: string;
}

function StatCard({ label, value, detail, full, accent, href }: StatCardProps) {
  return (
    <div className={`${surface} relative overflow-hidden px-4 py-3`} title={full}>
      {accent ? <span aria-hidden="true" className="absolute inset-y-0 left-0 w-1" style={{ backgroundColor: accent }} /> : null}
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 flex items-baseline gap-2">
        <Link
          href={href}
          aria-label={`${full ?? `${numberFormat.format(value)} ${label.toLowerCase()}`}: view in the devices list`}
          className={`rounded text-2xl font-semibold tabular-nums tracking-tight text-slate-900 hover:text-indigo-700 hover:underline dark:text-white dark:hover:text-indigo-300 ${focusRing}`}
        >
          {numberFormat.format(value)}
        </Link>
        {detail ? (
          <span aria-hidden="true" className="text-xs tabular-nums text-slate-600 dark:text-slate-400">
            {detail}
          </span>
        ) : null}
      </dd>
    </div>
  );
}

export function FleetStateCards({ total, slices }: { total: number; slices: StateSlice[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
      <StatCard label="Devices" value={total} href="/devices" />
      {slices.map((slice) => {
        const look = DEVICE_STATE_LOOK[slice.state];
        return (
          <StatCard
            key={slice.state}
            label={look.label}
            value={slice.devices}
            detail={`${formatPercent(slice.share)} of ${formatCount(total)}`}
            full={formatRateFull(rateOf(slice.devices, total), look.label.toLowerCase())}
            accent={look.chartColor}
            href={`/devices?state=${slice.state}`}
          />
        );
      })}
    </dl>
  );
}
