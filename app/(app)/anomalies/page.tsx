import type { Metadata } from "next";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { AnomaliesIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Anomalies" };

export default function AnomaliesPage() {
  return (
    <>
      <PageHeader title="Anomalies" description="Crash-rate spikes, boot loops and heartbeat loss, per ring and release." />
      <Card>
        <EmptyState icon={<AnomaliesIcon className="size-8" />} title="Detection results will appear here">
          When anomaly detection is switched on, every crash-rate spike, boot loop and heartbeat loss it raises is listed
          here with its evidence and suspects, ready to acknowledge or resolve. No detector runs yet, so there is nothing to show.
        </EmptyState>
      </Card>
    </>
  );
}
