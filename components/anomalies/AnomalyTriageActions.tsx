"use client";

import { useAnomalyAction, type AnomalyAction, type AnomalyStatus } from "@/queries/anomalies";
import { PERMISSIONS, useHasPermission } from "@/queries/me";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { PhoneActions } from "@/components/ui/PhoneActionBar";
import { phoneActionButton } from "@/components/ui/styles";
import { useActionDialog } from "@/components/ui/useActionDialog";
import { TRIAGE_LOOK, triageActions } from "./triage";

/** Acknowledge for analysts and up, resolve for operators and up, each with an optional note kept on the anomaly. */
export function AnomalyTriageActions({ anomalyId, status, title }: { anomalyId: string; status: AnomalyStatus; title: string }) {
  const may = { acknowledge: useHasPermission(PERMISSIONS.acknowledgeAnomalies), resolve: useHasPermission(PERMISSIONS.resolveAnomalies) };
  const act = useAnomalyAction(anomalyId);
  const { chosen, open, attempt, choose, close } = useActionDialog<AnomalyAction>(act.reset);
  const actions = triageActions(status, may);
  if (actions.length === 0 && !open) return null;

  const look = chosen ? TRIAGE_LOOK[chosen] : null;
  return (
    <PhoneActions label="Triage">
      {actions.map((action) => (
        <Button key={action} variant={TRIAGE_LOOK[action].variant} onClick={() => choose(action)} aria-haspopup="dialog" className={phoneActionButton}>
          {TRIAGE_LOOK[action].label}
        </Button>
      ))}
      {chosen && look ? (
        <ConfirmDialog
          key={attempt}
          open={open}
          title={look.confirmTitle}
          confirmLabel={look.label}
          tone="primary"
          reason={{ label: "Note (optional, kept on the anomaly)", placeholder: look.notePlaceholder }}
          pending={act.isPending}
          error={act.error}
          onCancel={close}
          onConfirm={(note) => act.mutate({ action: chosen, note: note || undefined }, { onSuccess: close })}
        >
          <p>
            <strong className="font-medium text-slate-900 dark:text-slate-100">{title}</strong>: {look.explanation}
          </p>
        </ConfirmDialog>
      ) : null}
    </PhoneActions>
  );
}
