"use client";

import { useRemediation } from "@/queries/anomalies";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { CursorPager } from "@/components/ui/CursorPager";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { RefreshFailed } from "@/components/ui/RefreshFailed";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { useCursorTrail } from "@/components/ui/useCursorTrail";
import { useUrlFilters } from "@/components/ui/useUrlFilters";
import { AffectedDeviceTable } from "@/components/anomalies/AffectedDeviceTable";
import { RemediationFiltersBar } from "./RemediationFiltersBar";
import {
  CLEARED_REMEDIATION_FILTERS,
  REMEDIATION_PAGE_SIZE,
  parseRemediationFilters,
  remediationFiltersToSearch,
  remediationParams,
} from "./remediationFilters";

const COLUMNS = 8;

/** Affected devices still crashed, boot-looping or silent, across open and acknowledged anomalies. */
export function RemediationQueue() {
  const { filters, setFilters, search } = useUrlFilters(parseRemediationFilters, remediationFiltersToSearch);
  const pages = useCursorTrail(search);
  const queue = useRemediation(remediationParams(filters, pages.cursor));

  function body() {
    if (queue.isPending) return <TableSkeleton rows={10} columns={COLUMNS} label="Loading the remediation queue" />;
    if (queue.isError && !queue.data) return <ErrorState title="Could not load the remediation queue" error={queue.error} onRetry={() => queue.refetch()} />;
    if (queue.data.items.length === 0 && pages.pageIndex > 0) {
      return <EmptyState title="This page is empty now" action={<Button onClick={pages.goFirst}>Back to the first page</Button>} />;
    }
    if (queue.data.items.length === 0) {
      return search ? (
        <EmptyState
          title="No device in the queue matches these filters"
          action={<Button onClick={() => setFilters(CLEARED_REMEDIATION_FILTERS)}>Clear filters</Button>}
        />
      ) : (
        <EmptyState title="Nothing to repair">Every device hit by an open or acknowledged anomaly is healthy again.</EmptyState>
      );
    }
    return <AffectedDeviceTable devices={queue.data.items} showAnomaly caption="Devices still unhealthy after an anomaly" />;
  }

  const nextCursor = queue.data?.nextCursor ?? null;
  return (
    <div className="space-y-3">
      <RemediationFiltersBar filters={filters} onChange={setFilters} />
      <Card>
        {queue.isError && queue.data ? <RefreshFailed message={queue.error.message} what="queue" /> : null}
        <div aria-busy={queue.isFetching} className={queue.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          {body()}
        </div>
        {queue.data ? (
          <CursorPager
            label="Remediation queue pages"
            noun="Devices"
            pageIndex={pages.pageIndex}
            pageSize={REMEDIATION_PAGE_SIZE}
            shown={queue.data.items.length}
            total={queue.data.total}
            totalIsLowerBound={queue.data.totalIsLowerBound}
            hasNext={nextCursor !== null && !queue.isPlaceholderData}
            refreshing={queue.isFetching}
            onPrevious={pages.goPrevious}
            onNext={() => nextCursor && pages.goNext(nextCursor)}
          />
        ) : null}
      </Card>
    </div>
  );
}
