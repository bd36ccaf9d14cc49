"use client";

import { useDeploymentAction } from "@/queries/deployments";
import { PERMISSIONS, useHasPermission } from "@/queries/me";
import type { Deployment, DeploymentAction } from "@/queries/rollouts";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { PhoneActions } from "@/components/ui/PhoneActionBar";
import { phoneActionButton } from "@/components/ui/styles";
import { useActionDialog } from "@/components/ui/useActionDialog";
import { ACTION_LOOK, visibleActions } from "./actions";

/** The actions the deployment allows now, for operators; each asks for a reason that goes to the audit log. */
export function DeploymentActions({ deployment }: { deployment: Pick<Deployment, "id" | "component" | "version" | "allowedActions"> }) {
  const canOperate = useHasPermission(PERMISSIONS.operateDeployments);
  const act = useDeploymentAction(deployment.id);
  const { chosen, open, attempt, choose, close } = useActionDialog<DeploymentAction>(act.reset);
  const actions = visibleActions(deployment.allowedActions, canOperate);
  if (actions.length === 0 && !open) return null;

  const look = chosen ? ACTION_LOOK[chosen] : null;
  const release = `${deployment.component} ${deployment.version}`;
  return (
    <PhoneActions label="Deployment actions">
      {actions.map((action) => (
        <Button key={action} variant={ACTION_LOOK[action].variant} onClick={() => choose(action)} aria-haspopup="dialog" className={phoneActionButton}>
          {ACTION_LOOK[action].label}
        </Button>
      ))}
      {chosen && look ? (
        <ConfirmDialog
          key={attempt}
          open={open}
          title={look.confirmTitle}
          confirmLabel={look.label}
          tone={look.tone}
          reason={{ label: "Reason (recorded in the audit log)", required: true, placeholder: "e.g. crash spike on canary, investigating" }}
          pending={act.isPending}
          error={act.error}
          onCancel={close}
          onConfirm={(reason) => act.mutate({ action: chosen, reason }, { onSuccess: close })}
        >
          <p>
            <strong className="font-medium text-slate-900 dark:text-slate-100">{release}</strong>: {look.explanation}
          </p>
        </ConfirmDialog>
      ) : null}
    </PhoneActions>
  );
}
