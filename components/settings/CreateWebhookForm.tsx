"use client";

import { useState, type FormEvent } from "react";
import { useCreateWebhook, type CreatedWebhook } from "@/queries/webhooks";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { SelectField, TextField } from "@/components/ui/Field";
import { FormError } from "@/components/ui/FormError";
import { EMPTY_WEBHOOK, FORMAT_OPTIONS, secretHint, SEVERITY_OPTIONS, webhookInput, type WebhookDraft } from "./webhookDraft";

export function CreateWebhookForm({ onCreated }: { onCreated: (webhook: CreatedWebhook) => void }) {
  const create = useCreateWebhook();
  const [draft, setDraft] = useState<WebhookDraft>(EMPTY_WEBHOOK);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(webhookInput(draft), {
      onSuccess: (webhook) => {
        setDraft(EMPTY_WEBHOOK);
        onCreated(webhook);
      },
    });
  }

  return (
    <Card labelledBy="create-webhook-heading">
      <CardHeader
        id="create-webhook-heading"
        title="Add a webhook"
        description="Anomalies and rollout stops are posted here. Private and loopback addresses are refused."
      />
      <form onSubmit={submit} className="space-y-3 p-4">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <TextField
            label="URL"
            required
            type="url"
            placeholder="https://hooks.example.com/ringwatch"
            value={draft.url}
            onChange={(e) => setDraft({ ...draft, url: e.target.value })}
          />
          <SelectField
            label="Format"
            options={FORMAT_OPTIONS}
            value={draft.format}
            onChange={(e) => setDraft({ ...draft, format: e.target.value as WebhookDraft["format"] })}
          />
          <TextField
            label="Secret"
            hint={secretHint(draft.format)}
            value={draft.secret}
            disabled={draft.format === "slack" || draft.format === "teams"}
            onChange={(e) => setDraft({ ...draft, secret: e.target.value })}
          />
          <SelectField
            label="Minimum severity"
            options={SEVERITY_OPTIONS}
            value={draft.minSeverity}
            onChange={(e) => setDraft({ ...draft, minSeverity: e.target.value as WebhookDraft["minSeverity"] })}
          />
          <TextField
            label="Rings"
            hint="Comma-separated; empty for every ring."
            placeholder="canary, early"
            value={draft.rings}
            onChange={(e) => setDraft({ ...draft, rings: e.target.value })}
          />
        </div>
        <FormError error={create.error} />
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add webhook"}
        </Button>
      </form>
    </Card>
  );
}
