import type { Metadata } from "next";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { DeploymentsIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Deployments" };

export default function DeploymentsPage() {
  return (
    <>
      <PageHeader title="Deployments" description="Releases moving through the rings, stage by stage." />
      <Card>
        <EmptyState icon={<DeploymentsIcon className="size-8" />} title="Rollouts will appear here">
          Once releases and deployments can be created, each rollout shows its stages, bake timers, exposed devices and
          gate decisions here, with pause, halt and rollback controls for operators. Nothing has been rolled out yet.
        </EmptyState>
      </Card>
    </>
  );
}
