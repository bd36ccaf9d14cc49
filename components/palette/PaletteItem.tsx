"use client";

import { Command } from "cmdk";
import type { ComponentType, ReactNode } from "react";

const itemClass =
  "flex cursor-pointer items-center gap-3 rounded-md px-2.5 py-2 text-sm text-slate-700 data-[selected=true]:bg-indigo-50 data-[selected=true]:text-indigo-950 dark:text-slate-200 dark:data-[selected=true]:bg-indigo-500/20 dark:data-[selected=true]:text-white";

export const groupClass =
  "[&_[cmdk-group-heading]]:px-2.5 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2.5 [&_[cmdk-group-heading]]:text-[11px] [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:uppercase [&_[cmdk-group-heading]]:tracking-wide [&_[cmdk-group-heading]]:text-slate-600 dark:[&_[cmdk-group-heading]]:text-slate-400";

interface PaletteItemProps {
  value: string;
  icon: ComponentType<{ className?: string }>;
  title: string;
  /** Muted text after the title: a hostname, a section. */
  detail?: string | null;
  /** On the right: a state badge, a key hint. */
  aside?: ReactNode;
  mono?: boolean;
  onSelect: () => void;
}

/** One row of the palette: icon, title, muted detail, and a badge or hint at the end. */
export function PaletteItem({ value, icon: ItemIcon, title, detail, aside, mono, onSelect }: PaletteItemProps) {
  return (
    <Command.Item value={value} onSelect={onSelect} className={itemClass}>
      <ItemIcon className="size-4 shrink-0 text-slate-400 dark:text-slate-500" />
      <span className="min-w-0 flex-1 truncate">
        <span className={mono ? "font-mono text-[13px]" : undefined}>{title}</span>
        {detail ? <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">{detail}</span> : null}
      </span>
      {aside ? <span className="flex shrink-0 items-center gap-1.5">{aside}</span> : null}
    </Command.Item>
  );
}
