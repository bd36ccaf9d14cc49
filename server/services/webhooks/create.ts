import type { CreateWebhook, WebhookView } from "../../../schemas/webhooks";
import { generateWebhookSecret } from "../../alerts/signing";
import { assertPublicUrl, SsrfRefusal } from "../../alerts/ssrf";
import { actorLabel } from "../../auth/principal";
import { auditChange } from "../audit/record";
import { webhookName } from "../audit/targetNames";
import type { ServiceContext } from "../context";
import { invalid } from "../errors";
import { redactSettings, WEBHOOK_COLUMNS, webhookSettings, webhookView, type WebhookRecord } from "./view";

/** Refuses URLs that point inside the network at create time, with the reason, rather than failing every delivery later. */
export async function assertReachableUrl(url: string): Promise<void> {
  try {
    await assertPublicUrl(url);
  } catch (error) {
    if (error instanceof SsrfRefusal) throw invalid(error.message, [{ path: "$.url", message: error.message }]);
    throw error;
  }
}

/** The secret is in the answer once; later reads show only its first characters, and the audit log never. */
export async function createWebhook(ctx: ServiceContext, input: CreateWebhook): Promise<WebhookView & { secret: string | null }> {
  await assertReachableUrl(input.url);
  const secret = input.secret ?? (input.format === "json" ? generateWebhookSecret() : null);
  const row = await ctx.db.sql.transaction(async (tx) => {
    const [created] = await tx.query<WebhookRecord>(
      `INSERT INTO webhooks (url, format, secret, min_severity, rings, events, enabled, created_by)
       VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7, $8) RETURNING ${WEBHOOK_COLUMNS}`,
      [input.url, input.format, secret, input.minSeverity, input.rings ?? [], input.events ?? [], input.enabled, actorLabel(ctx.actor)],
    );
    await auditChange(tx, ctx, {
      action: "webhook.created",
      targetType: "webhook",
      targetId: created.id,
      targetName: webhookName(created),
      after: redactSettings(webhookSettings(created)),
    });
    return created;
  });
  return { ...webhookView(row), secret };
}
