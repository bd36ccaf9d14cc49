import type { Metadata } from "next";
import { Suspense } from "react";
import { RemediationQueue } from "@/components/remediation/RemediationQueue";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableSkeleton } from "@/components/ui/Skeleton";

export const metadata: Metadata = { title: "Remediation" };

export default function RemediationPage() {
  return (
    <>
      <PageHeader
        title="Remediation"
        description="Devices an anomaly left crashed, boot-looping or silent: the list for fixing machines by hand. Refreshes every 15 seconds."
      />
      {/* The queue reads its filters from the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense
        fallback={
          <Card>
            <TableSkeleton rows={10} columns={8} label="Loading the remediation queue" />
          </Card>
        }
      >
        <RemediationQueue />
      </Suspense>
    </>
  );
}
