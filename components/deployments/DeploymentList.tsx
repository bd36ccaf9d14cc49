"use client";

import { useCallback } from "react";
import { deploymentsCsvHref, useDeployments, useLiveDeployments } from "@/queries/deployments";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { CursorPager } from "@/components/ui/CursorPager";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { DeploymentsIcon } from "@/components/ui/icons";
import { useCursorTrail } from "@/components/ui/useCursorTrail";
import { DeploymentTable } from "./DeploymentTable";
import { DeploymentTabs } from "./DeploymentTabs";
import { TextField } from "@/components/ui/Field";
import { ExportCsvLink, FILTER_WIDTH, FilterRow } from "@/components/ui/FilterRow";
import { useUrlFilters, type FilterHistory } from "@/components/ui/useUrlFilters";
import { useDebouncedDraft } from "@/components/devices/useDebouncedDraft";
import { deploymentFiltersToSearch, deploymentListParams, parseDeploymentFilters, showsEveryLiveDeployment, type DeploymentFilters } from "./deploymentFilters";
import { DEPLOYMENT_TABS } from "./deploymentTabs";

const PAGE_SIZE = 50;
const COLUMNS = 6;
const TYPING_DEBOUNCE_MS = 250;

function RefreshFailed({ message }: { message: string }) {
  return (
    <p role="alert" className="border-b border-red-200 bg-red-50 px-3 py-1.5 text-xs text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-300">
      Refresh failed: {message}. Showing the last list received.
    </p>
  );
}

function LiveDeployments({ emptyHint }: { emptyHint: string }) {
  const live = useLiveDeployments();
  if (!live.data && live.error) return <ErrorState title="Could not load deployments" error={live.error} onRetry={live.refetch} />;
  if (!live.data) return <TableSkeleton rows={3} columns={COLUMNS} label="Loading deployments" />;
  if (live.data.length === 0) {
    return (
      <EmptyState icon={<DeploymentsIcon className="size-8" />} title="No deployment is in progress">
        {emptyHint}
      </EmptyState>
    );
  }
  return (
    <>
      {live.error ? <RefreshFailed message={live.error.message} /> : null}
      <DeploymentTable deployments={live.data} caption="Live deployments: active, paused and halted" />
    </>
  );
}

function PagedDeployments({ filters }: { filters: DeploymentFilters }) {
  const pages = useCursorTrail(deploymentFiltersToSearch(filters));
  const deployments = useDeployments(deploymentListParams(filters, PAGE_SIZE, pages.cursor));
  const label = DEPLOYMENT_TABS.find((t) => t.id === filters.tab)?.label ?? "All";

  function body() {
    if (deployments.isPending) return <TableSkeleton rows={6} columns={COLUMNS} label="Loading deployments" />;
    if (deployments.isError && !deployments.data)
      return <ErrorState title="Could not load deployments" error={deployments.error} onRetry={() => deployments.refetch()} />;
    if (deployments.data.items.length === 0 && pages.pageIndex > 0) {
      return <EmptyState title="This page is empty now" action={<Button onClick={pages.goFirst}>Back to the first page</Button>} />;
    }
    if (deployments.data.items.length === 0 && filters.q)
      return <EmptyState icon={<DeploymentsIcon className="size-8" />} title={`No ${label.toLowerCase()} deployment matches “${filters.q}”`} />;
    if (deployments.data.items.length === 0)
      return <EmptyState icon={<DeploymentsIcon className="size-8" />} title={`No deployments here yet (${label.toLowerCase()})`} />;
    return <DeploymentTable deployments={deployments.data.items} caption={`${label} deployments, newest first`} />;
  }

  const nextCursor = deployments.data?.nextCursor ?? null;
  return (
    <>
      {deployments.isError && deployments.data ? <RefreshFailed message={deployments.error.message} /> : null}
      <div aria-busy={deployments.isFetching} className={deployments.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
        {body()}
      </div>
      {deployments.data ? (
        <CursorPager
          label="Deployment pages"
          noun="Deployments"
          pageIndex={pages.pageIndex}
          pageSize={PAGE_SIZE}
          shown={deployments.data.items.length}
          total={deployments.data.total}
          totalIsLowerBound={deployments.data.totalIsLowerBound}
          hasNext={nextCursor !== null && !deployments.isPlaceholderData}
          refreshing={deployments.isFetching}
          onPrevious={pages.goPrevious}
          onNext={() => nextCursor && pages.goNext(nextCursor)}
        />
      ) : null}
    </>
  );
}

function DeploymentFiltersBar({
  filters,
  onChange,
}: {
  filters: DeploymentFilters;
  onChange: (change: Partial<DeploymentFilters>, history?: FilterHistory) => void;
}) {
  const [q, setQ] = useDebouncedDraft(
    filters.q,
    useCallback((value: string) => onChange({ q: value }, "replace"), [onChange]),
    TYPING_DEBOUNCE_MS,
  );
  const actions = (
    <>
      {filters.q ? (
        <Button variant="ghost" onClick={() => onChange({ q: "" })}>
          Clear filters
        </Button>
      ) : null}
      <ExportCsvLink href={deploymentsCsvHref(deploymentListParams(filters, PAGE_SIZE, undefined))} />
    </>
  );
  return (
    <FilterRow label="Filter deployments" actions={actions}>
      <TextField
        label="Search"
        type="search"
        placeholder="Component, version or ring"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        wrapperClassName={FILTER_WIDTH.lg}
      />
    </FilterRow>
  );
}

export function DeploymentList({ canOperate }: { canOperate: boolean }) {
  const { filters, setFilters, search } = useUrlFilters(parseDeploymentFilters, deploymentFiltersToSearch);
  const emptyHint = canOperate
    ? "Create a release, then start a deployment: it goes to the first ring at once and on to the next as each bake passes its gate."
    : "Operators start deployments; each one appears here while it moves through the rings.";
  return (
    <div className="space-y-3">
      <DeploymentFiltersBar filters={filters} onChange={setFilters} />
      <Card labelledBy="deployment-list-heading">
        <h2 id="deployment-list-heading" className="sr-only">
          Deployments
        </h2>
        <DeploymentTabs active={filters.tab} query={filters.q} />
        {showsEveryLiveDeployment(filters) ? <LiveDeployments emptyHint={emptyHint} /> : <PagedDeployments key={search} filters={filters} />}
      </Card>
    </div>
  );
}
