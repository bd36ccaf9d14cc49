import type { Metadata } from "next";
import { FleetOverview } from "@/components/overview/FleetOverview";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Fleet health at a glance. Refreshes every 10 seconds." />
      <FleetOverview />
    </>
  );
}
