"use client";

import { useAnomalies } from "@/queries/anomalies";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { CursorPager } from "@/components/ui/CursorPager";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { RefreshFailed } from "@/components/ui/RefreshFailed";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { AnomaliesIcon } from "@/components/ui/icons";
import { useCursorTrail } from "@/components/ui/useCursorTrail";
import { useUrlFilters } from "@/components/ui/useUrlFilters";
import { AnomalyFiltersBar } from "./AnomalyFiltersBar";
import { AnomalyTable } from "./AnomalyTable";
import {
  CLEARED_ANOMALY_FILTERS,
  INBOX_PAGE_SIZE,
  STATUS_CHOICE_LABELS,
  anomalyFiltersToSearch,
  anomalyListParams,
  hasActiveAnomalyFilters,
  parseAnomalyFilters,
  type AnomalyFilters,
} from "./anomalyFilters";

const COLUMNS = 8;

function NoAnomalies({ filters, onClear }: { filters: AnomalyFilters; onClear: () => void }) {
  if (hasActiveAnomalyFilters(filters)) {
    return (
      <EmptyState
        title={`No ${STATUS_CHOICE_LABELS[filters.status].toLowerCase()} anomalies match these filters`}
        action={<Button onClick={onClear}>Clear filters</Button>}
      />
    );
  }
  return (
    <EmptyState icon={<AnomaliesIcon className="size-8" />} title="No open anomalies">
      The detector compares every ring a release reaches with the devices it has not reached yet. Crash-rate spikes, boot loops and heartbeat loss it raises
      appear here within a tick.
    </EmptyState>
  );
}

/** The triage inbox: anomalies newest first, filtered from the URL, refreshed every few seconds. */
export function AnomalyInbox() {
  const { filters, setFilters, search } = useUrlFilters(parseAnomalyFilters, anomalyFiltersToSearch);
  const pages = useCursorTrail(search);
  const anomalies = useAnomalies(anomalyListParams(filters, pages.cursor));
  const clear = () => setFilters(CLEARED_ANOMALY_FILTERS);

  function body() {
    if (anomalies.isPending) return <TableSkeleton rows={8} columns={COLUMNS} label="Loading anomalies" />;
    if (anomalies.isError && !anomalies.data)
      return <ErrorState title="Could not load anomalies" error={anomalies.error} onRetry={() => anomalies.refetch()} />;
    if (anomalies.data.items.length === 0 && pages.pageIndex > 0) {
      return <EmptyState title="This page is empty now" action={<Button onClick={pages.goFirst}>Back to the first page</Button>} />;
    }
    if (anomalies.data.items.length === 0) return <NoAnomalies filters={filters} onClear={clear} />;
    return <AnomalyTable anomalies={anomalies.data.items} caption="Anomalies matching the filters above, newest first" />;
  }

  const nextCursor = anomalies.data?.nextCursor ?? null;
  return (
    <div className="space-y-3">
      <AnomalyFiltersBar filters={filters} onChange={setFilters} />
      <Card>
        {anomalies.isError && anomalies.data ? <RefreshFailed message={anomalies.error.message} /> : null}
        <div aria-busy={anomalies.isFetching} className={anomalies.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          {body()}
        </div>
        {anomalies.data ? (
          <CursorPager
            label="Anomaly pages"
            noun="Anomalies"
            pageIndex={pages.pageIndex}
            pageSize={INBOX_PAGE_SIZE}
            shown={anomalies.data.items.length}
            total={anomalies.data.total}
            totalIsLowerBound={anomalies.data.totalIsLowerBound}
            hasNext={nextCursor !== null && !anomalies.isPlaceholderData}
            refreshing={anomalies.isFetching}
            onPrevious={pages.goPrevious}
            onNext={() => nextCursor && pages.goNext(nextCursor)}
          />
        ) : null}
      </Card>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Keyboard: <kbd className="font-mono">j</kbd>/<kbd className="font-mono">k</kbd> or <kbd className="font-mono">↑</kbd>/<kbd className="font-mono">↓</kbd>{" "}
        move through the list, <kbd className="font-mono">Enter</kbd> opens the anomaly.
      </p>
    </div>
  );
}
