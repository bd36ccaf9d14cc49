"use client";

import Link from "next/link";
import type { AuditEntry } from "@/queries/rollouts";
import { CopyId } from "@/components/ui/CopyId";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { focusRing, tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";
import { formatDateTime, formatShortDateTime } from "@/components/ui/time";
import { auditTargetHref, formatStatus, statusChange, targetLabel } from "./auditEntry";

const cell = "px-3 py-2 align-top";
const dash = <span className="text-slate-500 dark:text-slate-400">—</span>;

function StatusDiff({ entry }: { entry: AuditEntry }) {
  const change = statusChange(entry);
  if (!change) return dash;
  return (
    <span className="whitespace-nowrap font-mono text-xs" aria-label={`status ${formatStatus(change.from)} to ${formatStatus(change.to)}`}>
      <span className="text-slate-500 dark:text-slate-400">{formatStatus(change.from)}</span>
      <span aria-hidden="true" className="px-1 text-slate-500 dark:text-slate-400">
        →
      </span>
      <span className="font-medium text-slate-900 dark:text-slate-100">{formatStatus(change.to)}</span>
    </span>
  );
}

function Target({ entry, href }: { entry: AuditEntry; href: string | null }) {
  const label = targetLabel(entry);
  const text = (
    <>
      {label.type} <span className={label.isId ? "font-mono" : "font-medium"}>{label.text}</span>
    </>
  );
  const copy = label.isId ? null : <CopyId id={entry.targetId} label={`${label.type} id`} />;
  if (!href)
    return (
      <span className="inline-flex max-w-full items-start gap-1.5">
        <span className="break-words" title={label.title}>
          {text}
        </span>
        {copy}
      </span>
    );
  return (
    <span className="inline-flex max-w-full items-start gap-1.5">
      <Link
        href={href}
        {...rowPrimaryProps}
        title={label.title}
        className={`break-words rounded text-indigo-700 hover:underline dark:text-indigo-300 ${focusRing}`}
      >
        {text}
      </Link>
      {copy}
    </span>
  );
}

function AuditRow({ entry, showTarget, rows }: { entry: AuditEntry; showTarget: boolean; rows: ReturnType<typeof useRowNavigation> }) {
  const href = showTarget ? auditTargetHref(entry) : null;
  return (
    <tr {...rows.rowProps({ href: href ?? undefined })}>
      <td className={`${cell} whitespace-nowrap`}>
        <time dateTime={entry.at} title={formatDateTime(entry.at)} className="block tabular-nums text-slate-900 dark:text-slate-100">
          {formatShortDateTime(entry.at)}
        </time>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          <RelativeTime iso={entry.at} />
        </span>
      </td>
      <td className={`${cell} max-w-48 truncate`} title={entry.actor}>
        {entry.actor}
      </td>
      <th scope="row" className={`${cell} font-mono text-xs font-medium text-slate-900 dark:text-slate-100`}>
        {entry.action}
      </th>
      {showTarget ? (
        <td className={`${cell} min-w-48 max-w-80`}>
          <Target entry={entry} href={href} />
        </td>
      ) : null}
      <td className={`${cell} max-w-md whitespace-pre-line break-words text-slate-700 dark:text-slate-300`}>{entry.reason ?? dash}</td>
      <td className={cell}>
        <StatusDiff entry={entry} />
      </td>
    </tr>
  );
}

/**
 * Audit entries, newest first. `showTarget` is off where every entry has the same target. A row's
 * page is its target's; rows without one (or on the target's own page) are only selected by j/k.
 */
export function AuditTable({ entries, caption, showTarget = true }: { entries: AuditEntry[]; caption: string; showTarget?: boolean }) {
  const rows = useRowNavigation();
  const headers = ["Time", "Actor", "Action", ...(showTarget ? ["Target"] : []), "Reason", "Status"];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className={`${cell} py-2 font-medium`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody {...rows.listProps} className={tableBody}>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} showTarget={showTarget} rows={rows} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
