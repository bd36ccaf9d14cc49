"use client";

import { useState } from "react";
import type { CreatedWebhook } from "@/queries/webhooks";
import { AlertmanagerPanel } from "./AlertmanagerPanel";
import { CreateWebhookForm } from "./CreateWebhookForm";
import { WebhookSecretNotice } from "./WebhookSecretNotice";
import { WebhookTable } from "./WebhookTable";

export function WebhooksPanel() {
  // Held in memory only: once dismissed or the page is left, the secret is gone for good.
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  return (
    <div className="space-y-4">
      <WebhookTable />
      {created?.secret && created.format === "json" ? <WebhookSecretNotice webhook={created} onDismiss={() => setCreated(null)} /> : null}
      <CreateWebhookForm onCreated={setCreated} />
      <AlertmanagerPanel />
    </div>
  );
}
