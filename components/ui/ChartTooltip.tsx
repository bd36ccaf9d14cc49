import type { ReactNode } from "react";

export interface ChartTooltipRow {
  name: string;
  value: number | string;
  color?: string;
}

/** Theme-aware tooltip body for recharts' `content` prop. */
export function ChartTooltip({ title, rows }: { title?: ReactNode; rows: ChartTooltipRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
      {title ? <p className="mb-1 font-medium text-slate-900 dark:text-slate-100">{title}</p> : null}
      <ul className="space-y-0.5">
        {rows.map((row) => (
          <li key={row.name} className="flex items-center gap-2 text-slate-600 dark:text-slate-300">
            {row.color ? <span aria-hidden="true" className="size-2 rounded-sm" style={{ backgroundColor: row.color }} /> : null}
            <span>{row.name}</span>
            <span className="ml-auto pl-3 font-mono tabular-nums text-slate-900 dark:text-slate-100">{row.value}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
