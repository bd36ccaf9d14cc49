"use client";

import { useOverviewHistory } from "@/queries/overview";
import type { OverviewHistory as History } from "@/schemas/overview";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { ringColor, versionColor } from "@/components/ui/palette";
import { DayShareChart } from "./DayShareChart";
import { ReleaseHistory } from "./ReleaseHistory";
import { adoptionRows, crashFreeRows, releaseLabel, shareText, weekSummaryParts } from "./historyView";

/** The "this week" line on top of the overview: fleet size, crash-free now against a week ago (n of N), what deployments did. */
export function WeekSummaryLine({ days }: { days: number }) {
  const history = useOverviewHistory(days);
  if (history.isPending) return <Skeleton className="h-12" />;
  if (history.isError && !history.data)
    return <ErrorState title="Could not load this week's summary" error={history.error} onRetry={() => history.refetch()} />;
  return (
    <section
      aria-labelledby="week-summary-heading"
      className="rounded-lg border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900 print:border-slate-300"
    >
      <h2 id="week-summary-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        This week
      </h2>
      <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {weekSummaryParts(history.data.week).map((part) => (
          <div key={part.label} className="flex flex-wrap gap-x-1.5">
            <dt className="text-slate-500 dark:text-slate-400">{part.label}:</dt>
            <dd className="font-medium tabular-nums text-slate-900 dark:text-slate-100">{part.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Charts({ history }: { history: History }) {
  const rings = history.crashFree.map((t) => t.ring);
  const releases = history.adoption.map(releaseLabel);
  return (
    <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
      <Card labelledBy="adoption-heading">
        <CardHeader id="adoption-heading" title="Adoption" description="Share of each release's target devices that reported running it, by day" />
        <div className="p-4">
          {history.adoption.length ? (
            <DayShareChart
              label={`Adoption by day: ${history.adoption.map((s) => `${releaseLabel(s)} ${shareText(s.running.at(-1) ?? 0, s.targetDevices)}`).join("; ")}`}
              rows={adoptionRows(history.dayEnds, history.adoption)}
              series={releases}
              colorOf={versionColor}
              detail={(name, day) => {
                const s = history.adoption.find((a) => releaseLabel(a) === name);
                return s ? shareText(s.running[day], s.targetDevices) : "";
              }}
            />
          ) : (
            <EmptyState title="No release in this period" />
          )}
        </div>
      </Card>
      <Card labelledBy="crash-free-trend-heading">
        <CardHeader
          id="crash-free-trend-heading"
          title="Crash-free devices per ring"
          description="Per day: devices known by the day's end with no crash that day"
        />
        <div className="p-4">
          <DayShareChart
            label={`Crash-free by day per ring, last day: ${history.crashFree.map((t) => `${t.ring} ${shareText(t.days.at(-1)?.crashFree ?? 0, t.days.at(-1)?.devices ?? 0)}`).join("; ")}`}
            rows={crashFreeRows(history.dayEnds, history.crashFree)}
            series={rings}
            colorOf={(ring) => ringColor(ring, rings)}
            floor={0.9}
            detail={(ring, day) => {
              const point = history.crashFree.find((t) => t.ring === ring)?.days[day];
              return point ? shareText(point.crashFree, point.devices) : "";
            }}
          />
        </div>
      </Card>
    </div>
  );
}

/** What changed over the period: the releases and what became of them, adoption, and crash-free devices per ring. */
export function OverviewHistory({ days }: { days: number }) {
  const history = useOverviewHistory(days);
  if (history.isPending) return <Skeleton className="h-96" />;
  if (history.isError && !history.data) return <ErrorState title="Could not load the history" error={history.error} onRetry={() => history.refetch()} />;
  const { data } = history;
  return (
    <div className="space-y-4">
      <Card labelledBy="release-history-heading">
        <CardHeader
          id="release-history-heading"
          title="Release history"
          description={`Deployments of the last ${days} days and those still live, newest first`}
        />
        {data.releases.length ? (
          <ReleaseHistory releases={data.releases} fleetDevices={data.week.fleetDevices} />
        ) : (
          <EmptyState title={`No deployment in the last ${days} days`} />
        )}
      </Card>
      <Charts history={data} />
    </div>
  );
}
