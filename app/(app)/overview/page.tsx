import type { Metadata } from "next";
import { FleetOverview } from "@/components/overview/FleetOverview";
import { RolloutOverview } from "@/components/overview/RolloutOverview";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Rings, rollouts and fleet health at a glance. Refreshes every 10 seconds." />
      <div className="space-y-6">
        <RolloutOverview />
        <FleetOverview />
      </div>
    </>
  );
}
