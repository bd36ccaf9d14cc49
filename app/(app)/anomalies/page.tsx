import type { Metadata } from "next";
import { Suspense } from "react";
import { AnomalyInbox } from "@/components/anomalies/AnomalyInbox";
import { DetectionStatusLine } from "@/components/anomalies/DetectionStatusLine";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableSkeleton } from "@/components/ui/Skeleton";

export const metadata: Metadata = { title: "Anomalies" };

export default function AnomaliesPage() {
  return (
    <>
      <PageHeader
        title="Anomalies"
        description="Crash-rate spikes, boot loops and heartbeat loss, per ring and release. Refreshes every 5 seconds."
        actions={<DetectionStatusLine />}
      />
      {/* The inbox reads its filters from the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense
        fallback={
          <Card>
            <TableSkeleton rows={8} columns={8} label="Loading anomalies" />
          </Card>
        }
      >
        <AnomalyInbox />
      </Suspense>
    </>
  );
}
