import type { Metadata } from "next";
import { Suspense } from "react";
import { AlertsView } from "@/components/alerts/AlertsView";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableSkeleton } from "@/components/ui/Skeleton";

export const metadata: Metadata = { title: "Alerts" };

export default function AlertsPage() {
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Anomalies and rollout changes, newest first, with webhook delivery. Read state is kept for your account, on every browser."
      />
      {/* The feed reads its filters from the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense
        fallback={
          <Card>
            <TableSkeleton rows={10} columns={6} label="Loading alerts" />
          </Card>
        }
      >
        <AlertsView />
      </Suspense>
    </>
  );
}
