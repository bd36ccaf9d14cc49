import type { ReactNode } from "react";
import type { TimelineEntry } from "@/schemas/devices";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { formatDateTime, formatDuration, formatTimeOfDay } from "@/components/ui/time";
import type { HeartbeatRun } from "./heartbeatRuns";
import { bootFacts, crashFacts, updateFacts } from "./timelineFacts";
import { shortBootId } from "./timelineEvent";

const TYPE_TONE: Record<TimelineEntry["type"], BadgeTone> = { heartbeat: "muted", crash: "danger", boot: "info", update: "neutral" };
const TYPE_LABEL: Record<TimelineEntry["type"], string> = { heartbeat: "heartbeat", crash: "crash", boot: "boot", update: "update" };
const SHUTDOWN_TONE: Record<string, BadgeTone> = { clean: "success", crash: "danger", unknown: "warning" };
const UPDATE_TONE: Record<string, BadgeTone> = { installed: "success", failed: "danger", rolled_back: "warning" };

function Row({ ts, type, children, label }: { ts: string; type: TimelineEntry["type"]; children: ReactNode; label?: string }) {
  return (
    <li className="flex flex-wrap items-start gap-x-3 gap-y-0.5 px-4 py-1.5 text-[13px]">
      <time dateTime={ts} title={formatDateTime(ts)} className="w-28 shrink-0 pt-0.5 font-mono text-xs tabular-nums text-slate-500 dark:text-slate-400">
        {formatTimeOfDay(ts)}
      </time>
      <span className="w-24 shrink-0">
        <Badge tone={TYPE_TONE[type]}>{label ?? TYPE_LABEL[type]}</Badge>
      </span>
      {/* At least this wide beside the time and type, else it takes the next line (a phone). */}
      <div className="flex min-w-40 flex-1 flex-wrap items-center gap-x-2 gap-y-0.5 text-slate-700 dark:text-slate-300">{children}</div>
    </li>
  );
}

function Detail({ name, value, mono }: { name: string; value: string | null; mono?: boolean }) {
  if (value === null) return null;
  return (
    <span>
      <span className="text-slate-500 dark:text-slate-400">{name} </span>
      <span className={mono ? "font-mono text-xs text-slate-900 dark:text-slate-100" : "text-slate-900 dark:text-slate-100"}>{value}</span>
    </span>
  );
}

export function HeartbeatRunRow({ run }: { run: HeartbeatRun }) {
  const span = run.count > 1 ? `${formatTimeOfDay(run.oldestTs)}–${formatTimeOfDay(run.newestTs)}` : null;
  return (
    <Row ts={run.newestTs} type="heartbeat" label={run.count > 1 ? `${run.count} heartbeats` : "heartbeat"}>
      {span ? <span className="tabular-nums text-slate-500 dark:text-slate-400">{span}</span> : null}
      <Detail name="boot" value={shortBootId(run.bootId)} mono />
      <Detail name="uptime" value={run.uptimeSec !== null ? formatDuration(run.uptimeSec) : null} />
    </Row>
  );
}

export function CrashRow({ entry }: { entry: TimelineEntry }) {
  const crash = crashFacts(entry.event);
  return (
    <Row ts={entry.ts} type="crash">
      <Detail name="kind" value={crash.kind} />
      <Detail name="code" value={crash.code} mono />
      <Detail name="module" value={crash.module} mono />
      <Detail name="signature" value={crash.signature} mono />
    </Row>
  );
}

export function BootRow({ entry }: { entry: TimelineEntry }) {
  const boot = bootFacts(entry.event);
  return (
    <Row ts={entry.ts} type="boot">
      {boot.previousShutdown ? <Badge tone={SHUTDOWN_TONE[boot.previousShutdown] ?? "neutral"}>previous shutdown: {boot.previousShutdown}</Badge> : null}
      <Detail name="took" value={boot.bootDurationMs !== null ? formatDuration(boot.bootDurationMs / 1000) : null} />
      <Detail name="boot" value={shortBootId(boot.bootId)} mono />
    </Row>
  );
}

export function UpdateRow({ entry }: { entry: TimelineEntry }) {
  const update = updateFacts(entry.event);
  return (
    <Row ts={entry.ts} type="update">
      <span className="font-medium text-slate-900 dark:text-slate-100">{update.component ?? "component"}</span>
      <span className="font-mono text-xs">
        {update.fromVersion ?? "?"} → {update.toVersion ?? "?"}
      </span>
      {update.status ? <Badge tone={UPDATE_TONE[update.status] ?? "neutral"}>{update.status.replace("_", " ")}</Badge> : null}
    </Row>
  );
}
