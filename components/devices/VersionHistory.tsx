import type { VersionChange } from "./versionChanges";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { Card, CardHeader } from "@/components/ui/Card";
import { formatShortDateTime, formatDateTime } from "@/components/ui/time";

const UPDATE_STATUS_TONE: Record<string, BadgeTone> = { installed: "success", failed: "danger", rolled_back: "warning" };

function ChangeRow({ change }: { change: VersionChange }) {
  return (
    <li className="flex flex-wrap items-center gap-x-2 gap-y-0.5 px-4 py-1.5 text-[13px]">
      <time dateTime={change.at} title={formatDateTime(change.at)} className="w-28 shrink-0 tabular-nums text-xs text-slate-500 dark:text-slate-400">
        {formatShortDateTime(change.at)}
      </time>
      <span className="font-medium text-slate-900 dark:text-slate-100">{change.component}</span>
      <span className="font-mono text-xs text-slate-600 dark:text-slate-300">
        {change.from ?? "(none)"} <span aria-label="to">→</span> {change.to ?? "(removed)"}
      </span>
      {change.source === "update" ? (
        <Badge tone={UPDATE_STATUS_TONE[change.status ?? ""] ?? "neutral"}>update {change.status?.replace("_", " ") ?? ""}</Badge>
      ) : (
        <Badge tone="muted">seen in heartbeat</Badge>
      )}
    </li>
  );
}

export function VersionHistory({ changes }: { changes: VersionChange[] }) {
  return (
    <Card labelledBy="version-history-heading">
      <CardHeader id="version-history-heading" title="Versions over time" description="Changes between consecutive heartbeats, and update reports" />
      {changes.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500 dark:text-slate-400">No version changes in the recent timeline.</p>
      ) : (
        <ol className="max-h-72 divide-y divide-slate-100 overflow-y-auto dark:divide-slate-800">
          {changes.map((change) => (
            <ChangeRow key={change.key} change={change} />
          ))}
        </ol>
      )}
    </Card>
  );
}
