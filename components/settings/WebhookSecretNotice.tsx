"use client";

import type { CreatedWebhook } from "@/queries/webhooks";
import { Button } from "@/components/ui/Button";

/** The signing secret is shown once: the receiver needs it to verify `webhook-signature`. */
export function WebhookSecretNotice({ webhook, onDismiss }: { webhook: CreatedWebhook; onDismiss: () => void }) {
  return (
    <section
      aria-labelledby="webhook-secret-heading"
      role="alert"
      className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 dark:border-amber-500/70 dark:bg-amber-950/40"
    >
      <h2 id="webhook-secret-heading" className="text-sm font-semibold text-amber-900 dark:text-amber-200">
        Copy the signing secret for {webhook.url} now
      </h2>
      <p className="mt-0.5 text-sm text-amber-900/80 dark:text-amber-200/80">
        It will not be shown again. Receivers verify each delivery with it (Standard Webhooks).
      </p>
      <div className="mt-3 flex items-center gap-2">
        <code
          aria-label="Webhook secret"
          className="min-w-0 flex-1 select-all break-all rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-xs text-slate-900 dark:border-amber-700 dark:bg-slate-950 dark:text-slate-100"
        >
          {webhook.secret}
        </code>
        <Button onClick={onDismiss}>I have stored it</Button>
      </div>
    </section>
  );
}
