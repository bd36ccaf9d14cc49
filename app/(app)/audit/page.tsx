import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditLog } from "@/components/audit/AuditLog";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableSkeleton } from "@/components/ui/Skeleton";

export const metadata: Metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <>
      <PageHeader title="Audit log" description="Every change, by a person, an API key or Ringwatch itself: who, when, and why. Newest first." />
      {/* The log reads its filter from the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense
        fallback={
          <Card>
            <TableSkeleton rows={10} columns={6} label="Loading the audit log" />
          </Card>
        }
      >
        <AuditLog />
      </Suspense>
    </>
  );
}
