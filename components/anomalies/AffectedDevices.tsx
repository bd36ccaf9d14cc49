"use client";

import { useState } from "react";
import { useAffectedDevices, type AffectedDeviceParams } from "@/queries/anomalies";
import { Card, CardHeader } from "@/components/ui/Card";
import { CursorPager } from "@/components/ui/CursorPager";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { SelectField } from "@/components/ui/Field";
import { RefreshFailed } from "@/components/ui/RefreshFailed";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { useCursorTrail } from "@/components/ui/useCursorTrail";
import { AffectedDeviceTable } from "./AffectedDeviceTable";

type StateChoice = NonNullable<AffectedDeviceParams["state"]> | "";
const STATE_OPTIONS: { value: StateChoice; label: string }[] = [
  { value: "", label: "All affected" },
  { value: "unhealthy", label: "Still unhealthy" },
  { value: "healthy", label: "Recovered" },
  { value: "crashed", label: "Crashed" },
  { value: "boot_loop", label: "Boot loop" },
  { value: "silent", label: "Silent" },
];
const PAGE_SIZE = 50;
const COLUMNS = 7;

const toStateChoice = (value: string): StateChoice => STATE_OPTIONS.find((o) => o.value === value)?.value ?? "";

/** The devices the anomaly hit, page by page, filtered by how they are doing now. */
export function AffectedDevices({ anomalyId }: { anomalyId: string }) {
  const [state, setState] = useState<StateChoice>("");
  const pages = useCursorTrail(state);
  const devices = useAffectedDevices(anomalyId, { state: state || undefined, limit: PAGE_SIZE, cursor: pages.cursor });

  function body() {
    if (devices.isPending) return <TableSkeleton rows={6} columns={COLUMNS} label="Loading affected devices" />;
    if (devices.isError && !devices.data) return <ErrorState title="Could not load affected devices" error={devices.error} onRetry={() => devices.refetch()} />;
    if (devices.data.items.length === 0) return <EmptyState title={state ? "No affected device in this state" : "No affected devices recorded"} />;
    return <AffectedDeviceTable devices={devices.data.items} caption="Devices affected by this anomaly" />;
  }

  const nextCursor = devices.data?.nextCursor ?? null;
  return (
    <Card labelledBy="affected-devices-heading">
      <CardHeader
        id="affected-devices-heading"
        title="Affected devices"
        description="Each links to its timeline"
        actions={
          <SelectField
            label="State"
            options={STATE_OPTIONS}
            value={state}
            onChange={(e) => setState(toStateChoice(e.target.value))}
            wrapperClassName="flex items-center gap-2 [&>div]:mt-0"
          />
        }
      />
      {devices.isError && devices.data ? <RefreshFailed message={devices.error.message} /> : null}
      <div aria-busy={devices.isFetching} className={devices.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
        {body()}
      </div>
      {devices.data ? (
        <CursorPager
          label="Affected device pages"
          noun="Devices"
          pageIndex={pages.pageIndex}
          pageSize={PAGE_SIZE}
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
  );
}
