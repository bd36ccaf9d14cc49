import { Button } from "./Button";
import { listPosition } from "./listPosition";

interface CursorPagerProps {
  /** Names the navigation landmark, e.g. "Deployment pages". */
  label: string;
  /** What a row is, plural: "Deployments 1–50". */
  noun: string;
  pageIndex: number;
  pageSize: number;
  shown: number;
  /** How many items match the filters (the list answer's `total`, `totalIsLowerBound`). */
  total?: number;
  totalIsLowerBound?: boolean;
  hasNext: boolean;
  refreshing: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous/next paging over an opaque cursor (see useCursorTrail). */
export function CursorPager({ label, noun, pageIndex, pageSize, shown, total, totalIsLowerBound, hasNext, refreshing, onPrevious, onNext }: CursorPagerProps) {
  return (
    <nav
      aria-label={label}
      className="flex items-center justify-between gap-3 border-t print:hidden border-slate-200 px-3 py-2 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400"
    >
      <p aria-live="polite">
        {shown > 0 ? `${noun} ${listPosition({ pageIndex, pageSize, shown, total, totalIsLowerBound })}` : `No ${noun.toLowerCase()}`}
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
