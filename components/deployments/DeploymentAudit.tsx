"use client";

import Link from "next/link";
import { useAuditLog } from "@/queries/audit";
import { AuditTable } from "@/components/audit/AuditTable";
import { auditFilterHref } from "@/components/audit/auditFilter";
import { buttonClasses } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableSkeleton } from "@/components/ui/Skeleton";

const TRAIL_LIMIT = 50;
const TARGET_TYPE = "deployment";

export function DeploymentAudit({ deploymentId }: { deploymentId: string }) {
  const audit = useAuditLog({ targetType: TARGET_TYPE, targetId: deploymentId, limit: TRAIL_LIMIT });

  function body() {
    if (audit.isPending) return <TableSkeleton rows={3} columns={5} label="Loading the audit trail" />;
    if (!audit.data) return <ErrorState title="Could not load the audit trail" error={audit.error} onRetry={() => audit.refetch()} />;
    if (audit.data.items.length === 0) return <EmptyState title="Nothing recorded yet" />;
    return <AuditTable entries={audit.data.items} caption="Audit trail of this deployment, newest first" showTarget={false} />;
  }

  const more = audit.data ? (
    <Link href={auditFilterHref({ targetType: TARGET_TYPE, targetId: deploymentId })} className={buttonClasses("secondary", "sm")}>
      Open in audit log
    </Link>
  ) : null;
  return (
    <Card labelledBy="deployment-audit-heading">
      <CardHeader id="deployment-audit-heading" title="Audit trail" description="Who did what to this deployment, and why." actions={more} />
      {body()}
    </Card>
  );
}
