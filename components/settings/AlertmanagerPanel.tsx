"use client";

import { useAlertmanagerStatus } from "@/queries/webhooks";
import type { AlertmanagerTargetStatus } from "@/schemas/alertmanager";
import { Badge } from "@/components/ui/Badge";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { firingSummary, labelSummary, targetHealth } from "./alertmanagerHealth";

function TargetItem({ target }: { target: AlertmanagerTargetStatus }) {
  const health = targetHealth(target);
  return (
    <li className="space-y-1 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <span className="min-w-0 flex-1 truncate font-mono text-xs text-slate-900 dark:text-slate-100" title={target.url}>
          {target.url}
        </span>
        <Badge tone={health.tone}>{health.label}</Badge>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {firingSummary(target)} · last success <RelativeTime iso={target.lastSuccessAt} fallback="never" /> · last attempt{" "}
        <RelativeTime iso={target.lastAttemptAt} fallback="never" />
      </p>
      {target.lastError ? <p className="font-mono text-xs text-red-700 dark:text-red-400">{target.lastError}</p> : null}
    </li>
  );
}

/** Read-only: the push is configured by environment, next to the app's other deployment settings. */
export function AlertmanagerPanel() {
  const status = useAlertmanagerStatus();
  function body() {
    if (status.isPending) return <TableSkeleton rows={1} columns={3} label="Loading Alertmanager status" />;
    if (status.isError) return <ErrorState title="Could not load the Alertmanager status" error={status.error} onRetry={() => status.refetch()} />;
    const { configured, configError, targets, resendSec, extraLabels } = status.data;
    if (configError) return <ErrorState title="Alertmanager push is off: its settings cannot work" error={new Error(configError)} />;
    if (!configured) {
      return (
        <EmptyState title="Not configured">
          Set <code className="font-mono">RINGWATCH_ALERTMANAGER_URLS</code> to push open anomalies to Prometheus Alertmanager (API v2); resolved ones are sent
          with their end time.
        </EmptyState>
      );
    }
    return (
      <>
        <p className="px-4 pt-3 text-xs text-slate-500 dark:text-slate-400">
          Re-sent every {resendSec} s while firing{Object.keys(extraLabels).length > 0 ? ` · extra labels ${labelSummary(extraLabels)}` : ""}
        </p>
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {targets.map((target) => (
            <TargetItem key={target.url} target={target} />
          ))}
        </ul>
      </>
    );
  }
  return (
    <Card labelledBy="alertmanager-heading">
      <CardHeader
        id="alertmanager-heading"
        title="Prometheus Alertmanager"
        description="Open anomalies pushed as alerts labelled by kind, severity, ring and version, linked to their page."
      />
      {body()}
    </Card>
  );
}
