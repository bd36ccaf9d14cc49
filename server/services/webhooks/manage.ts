import { fieldChanges } from "../../../core/audit/changes";
import type { UpdateWebhook, WebhookView } from "../../../schemas/webhooks";
import type { Sql } from "../../db/sql";
import { auditChange } from "../audit/record";
import { webhookName } from "../audit/targetNames";
import type { ServiceContext } from "../context";
import { notFound, requireUuid } from "../errors";
import { assertReachableUrl } from "./create";
import { redactSettings, WEBHOOK_COLUMNS, webhookSettings, webhookView, type WebhookRecord } from "./view";

export async function listWebhooks(ctx: ServiceContext): Promise<WebhookView[]> {
  return (await ctx.db.prisma.webhook.findMany({ orderBy: { createdAt: "desc" } })).map(webhookView);
}

export async function getWebhook(ctx: ServiceContext, id: string): Promise<WebhookView> {
  const row = await ctx.db.prisma.webhook.findUnique({ where: { id: requireUuid(id, "Webhook") } });
  if (!row) throw notFound(`Webhook ${id}`);
  return webhookView(row);
}

/**
 * The webhook's row, locked for the rest of the transaction: `UPDATE` to change it; `KEY SHARE` only
 * keeps it from being deleted, and does not wait for (or deadlock with) delivery bookkeeping on it.
 */
export async function lockWebhook(tx: Sql, id: string, mode: "UPDATE" | "KEY SHARE" = "UPDATE"): Promise<WebhookRecord> {
  const [row] = await tx.query<WebhookRecord>(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id = $1 FOR ${mode}`, [requireUuid(id, "Webhook")]);
  if (!row) throw notFound(`Webhook ${id}`);
  return row;
}

/** Filters changed here apply to alerts raised from now on; deliveries already queued keep going. */
export async function updateWebhook(ctx: ServiceContext, id: string, input: UpdateWebhook): Promise<WebhookView> {
  await getWebhook(ctx, id);
  // Resolving the host takes a while: before the transaction, not while holding the row.
  if (input.url) await assertReachableUrl(input.url);
  const row = await ctx.db.sql.transaction(async (tx) => {
    const current = await lockWebhook(tx, id);
    const [updated] = await tx.query<WebhookRecord>(
      `UPDATE webhooks SET url = $2, min_severity = $3, rings = $4::text[], events = $5::text[], enabled = $6, updated_at = $7
       WHERE id = $1 RETURNING ${WEBHOOK_COLUMNS}`,
      [
        id,
        input.url ?? current.url,
        input.minSeverity ?? current.minSeverity,
        input.rings === undefined ? current.rings : (input.rings ?? []),
        input.events === undefined ? current.events : (input.events ?? []),
        input.enabled ?? current.enabled,
        ctx.now.toISOString(),
      ],
    );
    const changed = fieldChanges(webhookSettings(current), webhookSettings(updated));
    if (changed) {
      await auditChange(tx, ctx, {
        action: "webhook.updated",
        targetType: "webhook",
        targetId: id,
        targetName: webhookName(updated),
        before: redactSettings(changed.before),
        after: redactSettings(changed.after),
      });
    }
    return updated;
  });
  return webhookView(row);
}

/** Deleting an endpoint drops its queued deliveries and their log with it. */
export async function deleteWebhook(ctx: ServiceContext, id: string): Promise<WebhookView> {
  const row = await ctx.db.sql.transaction(async (tx) => {
    const current = await lockWebhook(tx, id);
    await tx.query("DELETE FROM webhooks WHERE id = $1", [id]);
    await auditChange(tx, ctx, {
      action: "webhook.deleted",
      targetType: "webhook",
      targetId: id,
      targetName: webhookName(current),
      before: redactSettings(webhookSettings(current)),
    });
    return current;
  });
  return webhookView(row);
}
