import { Button } from "./Button";

interface CursorPagerProps {
  /** Names the navigation landmark, e.g. "Deployment pages". */
  label: string;
  /** What a row is, plural: "Deployments 1–50". */
  noun: string;
  pageIndex: number;
  pageSize: number;
  shown: number;
  hasNext: boolean;
  refreshing: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

const numberFormat = new Intl.NumberFormat();

/** Previous/next paging over an opaque cursor (see useCursorTrail). */
export function CursorPager({ label, noun, pageIndex, pageSize, shown, hasNext, refreshing, onPrevious, onNext }: CursorPagerProps) {
  const first = pageIndex * pageSize + 1;
  const last = pageIndex * pageSize + shown;
  return (
    <nav
      aria-label={label}
      className="flex items-center justify-between gap-3 border-t border-slate-200 px-3 py-2 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400"
    >
      <p aria-live="polite">
        {shown > 0 ? `${noun} ${numberFormat.format(first)}–${numberFormat.format(last)}` : `No ${noun.toLowerCase()}`}
        {refreshing ? <span className="ml-2 text-slate-500 dark:text-slate-400">· refreshing…</span> : null}
      </p>
      <div className="flex gap-2">
        <Button size="sm" onClick={onPrevious} disabled={pageIndex === 0}>
          Previous
        </Button>
        <Button size="sm" onClick={onNext} disabled={!hasNext}>
          Next
        </Button>
      </div>
    </nav>
  );
}
