export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" data-skeleton className={`animate-pulse rounded bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

/** Placeholder rows shaped like a table while the first page loads. */
export function TableSkeleton({ rows = 10, columns = 6, label = "Loading" }: { rows?: number; columns?: number; label?: string }) {
  return (
    <div role="status" aria-label={label} className="divide-y divide-slate-100 dark:divide-slate-800">
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="flex items-center gap-4 px-3 py-2.5">
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} className={`h-3.5 ${column === 0 ? "w-48" : "flex-1"}`} />
          ))}
        </div>
      ))}
    </div>
  );
}
