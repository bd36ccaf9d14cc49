import type { Metadata } from "next";
import { Suspense } from "react";
import { OverviewReport } from "@/components/overview/OverviewReport";
import { Skeleton } from "@/components/ui/Skeleton";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  // The report reads its period from the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense fallback={<Skeleton className="h-96" />}>
      <OverviewReport />
    </Suspense>
  );
}
