import type { Metadata } from "next";
import { Suspense } from "react";
import { DeviceList } from "@/components/devices/DeviceList";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableSkeleton } from "@/components/ui/Skeleton";

export const metadata: Metadata = { title: "Devices" };

export default function DevicesPage() {
  return (
    <>
      <PageHeader title="Devices" description="Every endpoint that has reported, with its ring, health and versions. Refreshes every 15 seconds." />
      {/* The list reads its filters from the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense
        fallback={
          <Card>
            <TableSkeleton rows={12} columns={7} label="Loading devices" />
          </Card>
        }
      >
        <DeviceList />
      </Suspense>
    </>
  );
}
