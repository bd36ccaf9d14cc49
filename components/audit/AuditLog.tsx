"use client";

import Link from "next/link";
import { useAuditLog } from "@/queries/audit";
import { Button, buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { CursorPager } from "@/components/ui/CursorPager";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { useCursorTrail } from "@/components/ui/useCursorTrail";
import { useUrlFilters } from "@/components/ui/useUrlFilters";
import { AuditFiltersBar } from "./AuditFiltersBar";
import { AuditTable } from "./AuditTable";
import { auditFilterSearch, describeAuditFilter, parseAuditFilter, type AuditFilter } from "./auditFilter";

const PAGE_SIZE = 50;

export function AuditLog() {
  const { filters: filter, setFilters, search } = useUrlFilters(parseAuditFilter, auditFilterSearch);
  const pages = useCursorTrail(search);
  const audit = useAuditLog({ ...filter, limit: PAGE_SIZE, cursor: pages.cursor });
  const filterText = describeAuditFilter(filter);
  // Every field, so a cleared one leaves the URL too.
  const apply = (next: AuditFilter) => setFilters({ actor: next.actor, action: next.action, targetType: next.targetType, targetId: next.targetId });

  function body() {
    if (audit.isPending) return <TableSkeleton rows={10} columns={6} label="Loading the audit log" />;
    if (audit.isError && !audit.data) return <ErrorState title="Could not load the audit log" error={audit.error} onRetry={() => audit.refetch()} />;
    if (audit.data.items.length === 0 && pages.pageIndex > 0) {
      return <EmptyState title="This page is empty now" action={<Button onClick={pages.goFirst}>Back to the first page</Button>} />;
    }
    if (audit.data.items.length === 0) {
      return (
        <EmptyState title={filterText ? "Nothing recorded that matches" : "Nothing recorded yet"}>
          Every change is recorded here with who made it and why: deployments, releases, rings, anomalies, users, API keys and webhooks.
        </EmptyState>
      );
    }
    return <AuditTable entries={audit.data.items} caption="Audit log, newest first" />;
  }

  const nextCursor = audit.data?.nextCursor ?? null;
  return (
    <div className="space-y-3">
      <AuditFiltersBar key={search} filter={filter} onApply={apply} />
      {filterText ? (
        <p className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
          Showing <strong className="font-medium text-slate-900 dark:text-slate-100">{filterText}</strong>
          <Link href="/audit" className={buttonClasses("ghost", "sm")}>
            Show everything
          </Link>
        </p>
      ) : null}
      <Card>
        {audit.isError && audit.data ? (
          <p
            role="alert"
            className="border-b border-red-200 bg-red-50 px-3 py-1.5 text-xs text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-300"
          >
            Refresh failed: {audit.error.message}. Showing the last entries received.
          </p>
        ) : null}
        <div aria-busy={audit.isFetching} className={audit.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          {body()}
        </div>
        {audit.data ? (
          <CursorPager
            label="Audit log pages"
            noun="Entries"
            pageIndex={pages.pageIndex}
            pageSize={PAGE_SIZE}
            shown={audit.data.items.length}
            total={audit.data.total}
            totalIsLowerBound={audit.data.totalIsLowerBound}
            hasNext={nextCursor !== null && !audit.isPlaceholderData}
            refreshing={audit.isFetching}
            onPrevious={pages.goPrevious}
            onNext={() => nextCursor && pages.goNext(nextCursor)}
          />
        ) : null}
      </Card>
    </div>
  );
}
