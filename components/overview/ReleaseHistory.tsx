import Link from "next/link";
import type { ReleaseHistoryEntry } from "@/schemas/overview";
import { Badge } from "@/components/ui/Badge";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { linkText, tableBody, tableHead } from "@/components/ui/styles";
import { deploymentHref } from "@/components/deployments/deploymentHref";
import { OUTCOME_LOOK, releaseLabel, shareText } from "./historyView";

/** Recent deployments with what became of them, how far they got and what they raised. */
export function ReleaseHistory({ releases, fleetDevices }: { releases: ReleaseHistoryEntry[]; fleetDevices: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Release history, newest first</caption>
        <thead className={tableHead}>
          <tr className="text-left">
            <th className="px-3 py-2 font-medium">Release</th>
            <th className="px-3 py-2 font-medium">Outcome</th>
            <th className="px-3 py-2 font-medium">Started</th>
            <th className="px-3 py-2 font-medium">Rings reached</th>
            <th className="px-3 py-2 font-medium">Devices exposed</th>
            <th className="px-3 py-2 text-right font-medium">Anomalies</th>
          </tr>
        </thead>
        <tbody className={tableBody}>
          {releases.map((r) => {
            const outcome = OUTCOME_LOOK[r.outcome];
            return (
              <tr key={r.deploymentId} data-outcome={r.outcome}>
                <td className="px-3 py-2">
                  <Link href={deploymentHref(r.deploymentId)} className={`font-medium ${linkText}`}>
                    {releaseLabel(r)}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <Badge tone={outcome.tone}>{outcome.label}</Badge>
                  {r.endedAt ? (
                    <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
                      <RelativeTime iso={r.endedAt} />
                    </span>
                  ) : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600 dark:text-slate-300">
                  <RelativeTime iso={r.startedAt} />
                </td>
                <td className="px-3 py-2 text-slate-600 dark:text-slate-300">
                  {r.ringsReached.length} of {r.rings.length}
                  {r.ringsReached.length ? <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">({r.ringsReached.join(" → ")})</span> : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums text-slate-600 dark:text-slate-300">
                  {shareText(r.exposedDevices, fleetDevices)} of the fleet
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{r.anomalies}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
