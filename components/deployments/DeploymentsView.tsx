"use client";

import { Suspense, useState } from "react";
import { PERMISSIONS, useHasPermission } from "@/queries/me";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { CreateReleaseForm } from "./CreateReleaseForm";
import { DeploymentList } from "./DeploymentList";
import { StartDeploymentForm } from "./StartDeploymentForm";

type Panel = "none" | "release" | "deploy";

const RELEASE_PANEL_ID = "new-release-panel";
const DEPLOY_PANEL_ID = "start-deployment-panel";

export function DeploymentsView() {
  const canOperate = useHasPermission(PERMISSIONS.operateDeployments);
  const [panel, setPanel] = useState<Panel>("none");
  const [newReleaseId, setNewReleaseId] = useState<string>();
  const toggle = (next: Panel) => setPanel((current) => (current === next ? "none" : next));

  const actions = canOperate ? (
    <>
      <Button aria-expanded={panel === "release"} aria-controls={panel === "release" ? RELEASE_PANEL_ID : undefined} onClick={() => toggle("release")}>
        New release
      </Button>
      <Button
        variant="primary"
        aria-expanded={panel === "deploy"}
        aria-controls={panel === "deploy" ? DEPLOY_PANEL_ID : undefined}
        onClick={() => toggle("deploy")}
      >
        Start deployment
      </Button>
    </>
  ) : null;

  return (
    <>
      <PageHeader title="Deployments" description="Releases moving through the rings, stage by stage. Refreshes every 10 seconds." actions={actions} />
      <div className="space-y-4">
        {canOperate && panel === "release" ? (
          <div id={RELEASE_PANEL_ID}>
            <CreateReleaseForm
              onClose={() => setPanel("none")}
              onCreated={(release) => {
                setNewReleaseId(release.id);
                setPanel("deploy");
              }}
            />
          </div>
        ) : null}
        {canOperate && panel === "deploy" ? (
          <div id={DEPLOY_PANEL_ID}>
            <StartDeploymentForm key={newReleaseId} initialReleaseId={newReleaseId} onNewRelease={() => setPanel("release")} onClose={() => setPanel("none")} />
          </div>
        ) : null}
        {/* The list reads its tab from the URL (useSearchParams), which needs a Suspense boundary. */}
        <Suspense
          fallback={
            <Card>
              <TableSkeleton rows={4} columns={6} label="Loading deployments" />
            </Card>
          }
        >
          <DeploymentList canOperate={canOperate} />
        </Suspense>
      </div>
    </>
  );
}
