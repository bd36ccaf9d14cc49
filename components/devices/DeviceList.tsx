"use client";

import { useDevices } from "@/queries/devices";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { DeviceFiltersBar } from "./DeviceFiltersBar";
import { DeviceTable } from "./DeviceTable";
import { CLEARED_FILTERS, deviceFiltersToSearch, deviceListParams, hasActiveFilters } from "./deviceFilters";
import { useCursorTrail } from "@/components/ui/useCursorTrail";
import { useDeviceFilters } from "./useDeviceFilters";
import { CursorPager } from "@/components/ui/CursorPager";

export function DeviceList() {
  const { filters, setFilters } = useDeviceFilters();
  const pages = useCursorTrail(deviceFiltersToSearch(filters));
  const devices = useDevices(deviceListParams(filters, pages.cursor));
  const filtered = hasActiveFilters(filters);

  function body() {
    if (devices.isPending) return <TableSkeleton rows={12} columns={7} label="Loading devices" />;
    if (devices.isError && !devices.data) return <ErrorState title="Could not load devices" error={devices.error} onRetry={() => devices.refetch()} />;
    if (devices.data.items.length === 0 && pages.pageIndex > 0) {
      return (
        <EmptyState title="This page is empty now" action={<Button onClick={pages.goFirst}>Back to the first page</Button>}>
          Devices moved while you were paging.
        </EmptyState>
      );
    }
    if (devices.data.items.length === 0) {
      return filtered ? (
        <EmptyState title="No devices match these filters" action={<Button onClick={() => setFilters(CLEARED_FILTERS)}>Clear filters</Button>} />
      ) : (
        <EmptyState title="No devices have reported yet">
          Devices appear after their first event to <code className="font-mono text-xs">POST /api/v1/ingest</code>.
        </EmptyState>
      );
    }
    return <DeviceTable devices={devices.data.items} caption="Devices matching the filters above" />;
  }

  const nextCursor = devices.data?.nextCursor ?? null;
  return (
    <div className="space-y-3">
      <DeviceFiltersBar filters={filters} onChange={setFilters} />
      <Card>
        {devices.isError && devices.data ? (
          <p
            role="alert"
            className="border-b border-red-200 bg-red-50 px-3 py-1.5 text-xs text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-300"
          >
            Refresh failed: {devices.error.message}. Showing the last list received.
          </p>
        ) : null}
        <div aria-busy={devices.isFetching} className={devices.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          {body()}
        </div>
        {devices.data ? (
          <CursorPager
            label="Device pages"
            noun="Devices"
            pageIndex={pages.pageIndex}
            pageSize={filters.limit}
            shown={devices.data.items.length}
            total={devices.data.total}
            totalIsLowerBound={devices.data.totalIsLowerBound}
            hasNext={nextCursor !== null && !devices.isPlaceholderData}
            refreshing={devices.isFetching}
            onPrevious={pages.goPrevious}
            onNext={() => nextCursor && pages.goNext(nextCursor)}
          />
        ) : null}
      </Card>
    </div>
  );
}
