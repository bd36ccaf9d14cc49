"use client";

import { useDeviceSummary } from "@/queries/devices";
import { useRingNames } from "@/queries/rings";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { DevicesIcon } from "@/components/ui/icons";
import { FleetStateCards } from "./FleetStateCards";
import { RingChart } from "./RingChart";
import { StateChart } from "./StateChart";
import { ringsInRolloutOrder, stateSlices } from "./fleetSlices";

function OverviewSkeleton() {
  return (
    <div role="status" aria-label="Loading fleet summary" className="space-y-4">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-[74px]" />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Skeleton className="h-64" />
        <Skeleton className="h-64" />
      </div>
    </div>
  );
}

export function FleetOverview() {
  const summary = useDeviceSummary();
  const ringOrder = useRingNames();

  if (summary.isPending) return <OverviewSkeleton />;
  if (summary.isError) return <ErrorState title="Could not load the fleet summary" error={summary.error} onRetry={() => summary.refetch()} />;
  if (summary.data.devices === 0) {
    return (
      <Card>
        <EmptyState icon={<DevicesIcon className="size-8" />} title="No devices have reported yet">
          Point an agent at <code className="font-mono text-xs">POST /api/v1/ingest</code> with an API key that has the{" "}
          <code className="font-mono text-xs">ingest</code> scope. Devices appear here after their first heartbeat.
        </EmptyState>
      </Card>
    );
  }

  const slices = stateSlices(summary.data);
  return (
    <div className="space-y-4">
      <FleetStateCards total={summary.data.devices} slices={slices} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card labelledBy="fleet-state-heading">
          <CardHeader id="fleet-state-heading" title="Device health" description="Current state of every device that has reported" />
          <div className="p-4">
            <StateChart slices={slices} />
          </div>
        </Card>
        <Card labelledBy="fleet-rings-heading">
          <CardHeader id="fleet-rings-heading" title="Devices per ring" description="Pinned by heartbeat, else hashed by device id" />
          <div className="p-4">
            <RingChart rings={ringsInRolloutOrder(summary.data.byRing, ringOrder)} ringOrder={ringOrder} />
          </div>
        </Card>
      </div>
    </div>
  );
}
