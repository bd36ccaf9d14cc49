import { Button } from "@/components/ui/Button";

interface DevicePagerProps {
  pageIndex: number;
  pageSize: number;
  shown: number;
  hasNext: boolean;
  refreshing: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

const numberFormat = new Intl.NumberFormat();

export function DevicePager({ pageIndex, pageSize, shown, hasNext, refreshing, onPrevious, onNext }: DevicePagerProps) {
  const first = pageIndex * pageSize + 1;
  const last = pageIndex * pageSize + shown;
  return (
    <nav aria-label="Device pages" className="flex items-center justify-between gap-3 border-t border-slate-200 px-3 py-2 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
      <p aria-live="polite">
        {shown > 0 ? `Devices ${numberFormat.format(first)}–${numberFormat.format(last)}` : "No devices"}
        {refreshing ? <span className="ml-2 text-slate-400">· refreshing…</span> : null}
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
