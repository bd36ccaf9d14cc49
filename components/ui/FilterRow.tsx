import type { FormEvent, ReactNode } from "react";
import { buttonClasses } from "./Button";

/**
 * How wide a filter is. From the small breakpoint up a select grows to its longest option (never
 * truncated) from a minimum that keeps the row even; below it, two share a row (a search takes the whole row).
 */
export const FILTER_WIDTH = {
  sm: "w-[calc(50%-0.375rem)] sm:w-auto sm:min-w-36",
  md: "w-[calc(50%-0.375rem)] sm:w-auto sm:min-w-48",
  lg: "w-full sm:w-64",
} as const;

interface FilterRowProps {
  /** Names the search landmark: "Filter devices". */
  label: string;
  children: ReactNode;
  /** Clear filters, Export CSV: kept at the row's end, bottom-aligned with the fields. */
  actions?: ReactNode;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
}

const preventSubmit = (event: FormEvent) => event.preventDefault();

/**
 * The one layout of every list's filters: labels above, every control the same height, fields
 * wrapping cleanly, actions at the end. Hidden when printing.
 */
export function FilterRow({ label, children, actions, onSubmit = preventSubmit }: FilterRowProps) {
  return (
    <form role="search" aria-label={label} onSubmit={onSubmit} className="flex flex-wrap items-end gap-x-3 gap-y-2 print:hidden [&_input]:h-8 [&_select]:h-8">
      {children}
      {actions ? <div className="flex flex-wrap items-center gap-2 sm:ml-auto">{actions}</div> : null}
    </form>
  );
}

/** A plain link: the browser downloads the file with the session cookie, under the list's own filters. */
export function ExportCsvLink({ href }: { href: string }) {
  return (
    <a href={href} download className={buttonClasses("secondary")}>
      Export CSV
    </a>
  );
}
