import type { ReactNode } from "react";
import type { Device } from "@/schemas/devices";
import { Card, CardHeader } from "@/components/ui/Card";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { formatDuration } from "@/components/ui/time";
import { shortBootId } from "./timelineEvent";
import { formatOs, sortedEntries } from "./versions";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-0.5 truncate text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

const dash = <span className="text-slate-500 dark:text-slate-400">—</span>;

function KeyValueList({ label, entries, mono }: { label: string; entries: [string, string][]; mono?: boolean }) {
  return (
    <div>
      <h3 className="text-xs text-slate-500 dark:text-slate-400">{label}</h3>
      {entries.length === 0 ? (
        <p className="mt-0.5 text-slate-500 dark:text-slate-400">none</p>
      ) : (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-[13px]">
          {entries.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-slate-600 dark:text-slate-300">{key}</dt>
              <dd className={`truncate text-slate-900 dark:text-slate-100 ${mono ? "font-mono text-xs leading-5" : ""}`}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function DeviceFacts({ device }: { device: Device }) {
  const lastCrash = device.lastCrashAt ? (
    <>
      {device.lastCrashKind ?? "crash"} · <RelativeTime iso={device.lastCrashAt} />
    </>
  ) : (
    dash
  );
  return (
    <Card labelledBy="device-facts-heading">
      <CardHeader id="device-facts-heading" title="Device" />
      <div className="grid grid-cols-1 gap-4 p-4 lg:grid-cols-[2fr_1fr_1fr]">
        <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-[13px] md:grid-cols-3">
          <Fact label="OS">{formatOs(device.os, device.osVersion)}</Fact>
          <Fact label="Model">{device.model ?? dash}</Fact>
          <Fact label="Last seen">
            <RelativeTime iso={device.lastSeenAt} />
          </Fact>
          <Fact label="Last heartbeat">
            <RelativeTime iso={device.lastHeartbeatAt} />
          </Fact>
          <Fact label="Heartbeat interval">{device.intervalSec ? `${device.intervalSec}s` : dash}</Fact>
          <Fact label="Uptime">{device.uptimeSec !== null ? formatDuration(device.uptimeSec) : dash}</Fact>
          <Fact label="Boot ID">
            {device.bootId ? (
              <span className="font-mono text-xs" title={device.bootId}>
                {shortBootId(device.bootId)}
              </span>
            ) : (
              dash
            )}
          </Fact>
          <Fact label="Last crash">{lastCrash}</Fact>
          <Fact label="Boot loop since">
            <RelativeTime iso={device.bootLoopAt} fallback="no boot loop" />
          </Fact>
          <Fact label="First seen">
            <RelativeTime iso={device.firstSeenAt} />
          </Fact>
        </dl>
        <KeyValueList label="Current versions" entries={sortedEntries(device.versions)} mono />
        <KeyValueList label="Tags" entries={sortedEntries(device.tags)} />
      </div>
    </Card>
  );
}
