"use client";

import Link from "next/link";
import { useMemo } from "react";
import { isApiError } from "@/queries/api";
import { useDevice } from "@/queries/devices";
import { buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { DeviceFacts } from "./DeviceFacts";
import { DeviceHeader } from "./DeviceHeader";
import { DeviceTimeline } from "./DeviceTimeline";
import { EventChart } from "./EventChart";
import { VersionHistory } from "./VersionHistory";
import { bucketEvents } from "./eventBuckets";
import { versionChanges } from "./versionChanges";

function DeviceDetailSkeleton() {
  return (
    <div role="status" aria-label="Loading device" className="space-y-4">
      <Skeleton className="h-10 w-80" />
      <Skeleton className="h-40" />
      <Skeleton className="h-48" />
      <Skeleton className="h-96" />
    </div>
  );
}

export function DeviceDetailView({ deviceId }: { deviceId: string }) {
  const device = useDevice(deviceId);
  const timeline = device.data?.timeline;
  const changes = useMemo(() => versionChanges(timeline ?? []), [timeline]);
  const eventBuckets = useMemo(() => bucketEvents(timeline ?? []), [timeline]);

  if (device.isPending) return <DeviceDetailSkeleton />;
  if (isApiError(device.error, 404)) {
    return (
      <Card>
        <EmptyState
          title="Device not found"
          action={
            <Link href="/devices" className={buttonClasses()}>
              Back to devices
            </Link>
          }
        >
          No device with id <code className="break-all font-mono text-xs">{deviceId}</code> has reported to Ringwatch.
        </EmptyState>
      </Card>
    );
  }
  const detail = device.data;
  if (!detail) return <ErrorState title="Could not load this device" error={device.error} onRetry={() => device.refetch()} />;

  return (
    <>
      <DeviceHeader device={detail} />
      {device.isError ? (
        <p role="alert" className="mb-3 text-xs text-red-700 dark:text-red-400">
          Refresh failed: {device.error.message}. Showing the last data received.
        </p>
      ) : null}
      <div className="space-y-4">
        <DeviceFacts device={detail} />
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <EventChart buckets={eventBuckets.buckets} widthMs={eventBuckets.widthMs} />
          <VersionHistory changes={changes} />
        </div>
        <DeviceTimeline timeline={detail.timeline} />
      </div>
    </>
  );
}
