"use client";

import { useAlertList, useMarkAlertsRead, useRecentAlerts, type Alert } from "@/queries/alerts";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { CursorPager } from "@/components/ui/CursorPager";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { BellIcon } from "@/components/ui/icons";
import { RefreshFailed } from "@/components/ui/RefreshFailed";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { useCursorTrail } from "@/components/ui/useCursorTrail";
import { useNow } from "@/components/ui/useNow";
import { useUrlFilters } from "@/components/ui/useUrlFilters";
import { AlertFiltersBar } from "./AlertFiltersBar";
import { AlertTable } from "./AlertTable";
import { alertFilterSearch, alertQuery, hasActiveAlertFilters, parseAlertFilters } from "./alertFilters";

const PAGE_SIZE = 50;

/** The whole alert feed: filters in the URL, read state of this account, mark all read. */
export function AlertsView() {
  const { filters, setFilters, search } = useUrlFilters(parseAlertFilters, alertFilterSearch);
  const pages = useCursorTrail(search);
  const now = useNow();
  const alerts = useAlertList(alertQuery(filters, now, PAGE_SIZE, pages.cursor));
  const markRead = useMarkAlertsRead();
  const items = alerts.data?.items ?? [];
  const unreadCount = alerts.data?.unreadCount ?? 0;
  // Mark all read sends the newest alert of the whole feed (the bell's page, already polled), whatever
  // the filters: what arrives after it stays unread.
  const newest = useRecentAlerts().data?.items[0]?.id;
  const canMarkAll = unreadCount > 0 && newest !== undefined;
  const openAlert = (alert: Alert) => {
    if (alert.unread) markRead.mutate({ ids: [alert.id] });
  };

  function body() {
    if (alerts.isPending) return <TableSkeleton rows={10} columns={6} label="Loading alerts" />;
    if (alerts.isError && !alerts.data) return <ErrorState title="Could not load alerts" error={alerts.error} onRetry={() => void alerts.refetch()} />;
    if (items.length === 0 && pages.pageIndex > 0) {
      return <EmptyState title="This page is empty now" action={<Button onClick={pages.goFirst}>Back to the first page</Button>} />;
    }
    if (items.length === 0) {
      return (
        <EmptyState title={hasActiveAlertFilters(filters) ? "No alert matches these filters" : "No alerts yet"} icon={<BellIcon className="size-6" />}>
          Anomalies and deployment pauses, halts, rollbacks and promotions show up here as they happen.
        </EmptyState>
      );
    }
    return <AlertTable alerts={items} onOpen={openAlert} />;
  }

  const nextCursor = alerts.data?.nextCursor ?? null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <AlertFiltersBar filters={filters} onChange={setFilters} />
        <div className="flex items-center gap-3 text-sm text-slate-600 dark:text-slate-300">
          <span aria-live="polite">{unreadCount === 0 ? "All read" : `${unreadCount} unread`}</span>
          <Button onClick={() => newest && markRead.mutate({ upTo: newest })} disabled={!canMarkAll || markRead.isPending}>
            Mark all read
          </Button>
        </div>
      </div>
      <Card>
        {alerts.isError && alerts.data ? <RefreshFailed message={alerts.error.message} what="alerts" /> : null}
        <div aria-busy={alerts.isFetching} className={alerts.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          {body()}
        </div>
        {alerts.data ? (
          <CursorPager
            label="Alert pages"
            noun="Alerts"
            pageIndex={pages.pageIndex}
            pageSize={PAGE_SIZE}
            shown={items.length}
            hasNext={nextCursor !== null && !alerts.isPlaceholderData}
            refreshing={alerts.isFetching}
            onPrevious={pages.goPrevious}
            onNext={() => nextCursor && pages.goNext(nextCursor)}
          />
        ) : null}
      </Card>
    </div>
  );
}
