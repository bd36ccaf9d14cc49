"use client";

import { useMemo, useState } from "react";
import type { TimelineEntry } from "@/schemas/devices";
import { Card, CardHeader } from "@/components/ui/Card";
import { focusRing } from "@/components/ui/styles";
import { EVENT_SERIES } from "./eventSeries";
import { collapseHeartbeatRuns, type TimelineItem } from "./heartbeatRuns";
import { countEventTypes } from "./timelineFacts";
import { BootRow, CrashRow, HeartbeatRunRow, UpdateRow } from "./TimelineRows";

type EventType = TimelineEntry["type"];
const ALL_TYPES: Record<EventType, boolean> = { heartbeat: true, crash: true, boot: true, update: true };

function TimelineItemRow({ item }: { item: TimelineItem }) {
  if (item.kind === "heartbeats") return <HeartbeatRunRow run={item} />;
  switch (item.entry.type) {
    case "crash":
      return <CrashRow entry={item.entry} />;
    case "boot":
      return <BootRow entry={item.entry} />;
    case "update":
      return <UpdateRow entry={item.entry} />;
    default:
      return null;
  }
}

export function DeviceTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  const [visible, setVisible] = useState(ALL_TYPES);
  const counts = useMemo(() => countEventTypes(timeline), [timeline]);
  const items = useMemo(() => collapseHeartbeatRuns(timeline.filter((entry) => visible[entry.type])), [timeline, visible]);

  const typeFilter = (
    <fieldset className="flex flex-wrap items-center gap-3">
      <legend className="sr-only">Event types to show</legend>
      {EVENT_SERIES.map(({ type, label, color }) => (
        <label key={type} className="inline-flex cursor-pointer items-center gap-1.5 text-xs text-slate-700 dark:text-slate-300">
          <input
            type="checkbox"
            checked={visible[type]}
            onChange={(event) => setVisible((current) => ({ ...current, [type]: event.target.checked }))}
            className={`size-3.5 rounded accent-indigo-600 ${focusRing}`}
          />
          <span aria-hidden="true" className="size-2 rounded-sm" style={{ backgroundColor: color }} />
          {label} <span className="tabular-nums text-slate-500 dark:text-slate-400">({counts[type]})</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <Card labelledBy="timeline-heading">
      <CardHeader id="timeline-heading" title="Timeline" description={`Newest first; the last ${timeline.length} events`} actions={typeFilter} />
      {items.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500 dark:text-slate-400">No events of the selected types.</p>
      ) : (
        <ol aria-label="Device events, newest first" className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((item) => (
            <TimelineItemRow key={item.key} item={item} />
          ))}
        </ol>
      )}
    </Card>
  );
}
