"use client";

import { useState } from "react";
import { useSendTest, useWebhookAction, useWebhooks, type TestDelivery, type Webhook } from "@/queries/webhooks";
import { Badge } from "@/components/ui/Badge";
import { webhookName } from "@/core/names";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { useActionDialog } from "@/components/ui/useActionDialog";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { FormError } from "@/components/ui/FormError";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";
import { DeliveryLog } from "./DeliveryLog";
import { filterSummary, webhookHealth } from "./webhookDraft";

function testSummary(result: TestDelivery): string {
  return result.delivered ? `Test delivered: ${result.statusCode} in ${result.latencyMs} ms.` : `Test failed: ${result.error ?? `HTTP ${result.statusCode}`}.`;
}

function WebhookItem({ webhook, rows }: { webhook: Webhook; rows: ReturnType<typeof useRowNavigation> }) {
  const action = useWebhookAction();
  const sendTest = useSendTest();
  const [open, setOpen] = useState(false);
  const [tested, setTested] = useState<string | null>(null);
  const health = webhookHealth(webhook);
  const confirmDelete = useActionDialog<"delete">(action.reset);
  const name = webhookName(webhook);
  const run = (kind: "delete" | "enable" | "disable") => action.mutate({ id: webhook.id, action: kind });
  const test = () => sendTest.mutate(webhook.id, { onSuccess: (result) => setTested(testSummary(result)) });
  return (
    <li {...rows.rowProps({ className: "space-y-2 p-4" })}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="min-w-0 flex-1 truncate text-sm font-medium text-slate-900 dark:text-slate-100" title={webhook.url}>
          {name} <span className="font-mono text-xs font-normal text-slate-500 dark:text-slate-400">{webhook.url}</span>
        </span>
        <Badge tone="info">{webhook.format}</Badge>
        <Badge tone={health.tone}>{health.label}</Badge>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {filterSummary(webhook)}
        {webhook.secretHint ? ` · secret ${webhook.secretHint}` : ""}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="primary" disabled={sendTest.isPending} onClick={test}>
          {sendTest.isPending ? "Sending…" : "Send test"}
        </Button>
        <Button size="sm" onClick={() => setOpen(!open)} aria-expanded={open} {...rowPrimaryProps}>
          {open ? "Hide deliveries" : "Deliveries"}
        </Button>
        <Button size="sm" disabled={action.isPending} onClick={() => run(webhook.enabled ? "disable" : "enable")}>
          {webhook.enabled ? "Disable" : "Enable"}
        </Button>
        <Button
          size="sm"
          variant="danger"
          disabled={action.isPending}
          onClick={() => confirmDelete.choose("delete")}
          aria-haspopup="dialog"
          aria-label={`Delete webhook ${name}`}
        >
          Delete
        </Button>
      </div>
      {confirmDelete.chosen ? (
        <ConfirmDialog
          key={confirmDelete.attempt}
          open={confirmDelete.open}
          title="Delete this webhook?"
          confirmLabel="Delete webhook"
          pending={action.isPending}
          error={action.error}
          onCancel={confirmDelete.close}
          onConfirm={() => action.mutate({ id: webhook.id, action: "delete" }, { onSuccess: confirmDelete.close })}
        >
          <p>
            <strong className="font-medium text-slate-900 dark:text-slate-100">{name}</strong> stops receiving alerts, and its delivery log goes with it. To
            pause it instead, disable it.
          </p>
        </ConfirmDialog>
      ) : null}
      <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-300">
        {tested}
      </p>
      <FormError error={confirmDelete.open ? sendTest.error : (action.error ?? sendTest.error)} />
      {open ? <DeliveryLog webhookId={webhook.id} /> : null}
    </li>
  );
}

export function WebhookTable() {
  const webhooks = useWebhooks();
  const rows = useRowNavigation();
  function body() {
    if (webhooks.isPending) return <TableSkeleton rows={2} columns={4} label="Loading webhooks" />;
    if (webhooks.isError) return <ErrorState title="Could not load webhooks" error={webhooks.error} onRetry={() => webhooks.refetch()} />;
    if (webhooks.data.length === 0) return <EmptyState title="No webhooks yet">Add one below to hear about anomalies and stopped rollouts.</EmptyState>;
    return (
      <ul {...rows.listProps} className={tableBody}>
        {webhooks.data.map((webhook) => (
          <WebhookItem key={webhook.id} webhook={webhook} rows={rows} />
        ))}
      </ul>
    );
  }
  return (
    <Card labelledBy="webhooks-heading">
      <CardHeader id="webhooks-heading" title="Alert webhooks" description="Delivered at least once, in order per endpoint, retried for up to 72 hours." />
      {body()}
    </Card>
  );
}
