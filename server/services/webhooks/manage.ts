import type { UpdateWebhook, WebhookView } from "../../../schemas/webhooks";
import type { Database } from "../../db/database";
import { notFound } from "../../http/errors";
import { requireUuid } from "../../http/params";
import { assertReachableUrl } from "./create";
import { webhookView } from "./view";

export async function listWebhooks(db: Database): Promise<WebhookView[]> {
  return (await db.prisma.webhook.findMany({ orderBy: { createdAt: "desc" } })).map(webhookView);
}

export async function getWebhook(db: Database, id: string): Promise<WebhookView> {
  const row = await db.prisma.webhook.findUnique({ where: { id: requireUuid(id, "Webhook") } });
  if (!row) throw notFound(`Webhook ${id}`);
  return webhookView(row);
}

/** Filters changed here apply to alerts raised from now on; deliveries already queued keep going. */
export async function updateWebhook(db: Database, id: string, input: UpdateWebhook): Promise<WebhookView> {
  await getWebhook(db, id);
  if (input.url) await assertReachableUrl(input.url);
  const row = await db.prisma.webhook.update({
    where: { id },
    data: {
      url: input.url,
      minSeverity: input.minSeverity,
      rings: input.rings === undefined ? undefined : input.rings ?? [],
      events: input.events === undefined ? undefined : input.events ?? [],
      enabled: input.enabled,
      updatedAt: new Date(),
    },
  });
  return webhookView(row);
}

/** Deleting an endpoint drops its queued deliveries and their log with it. */
export async function deleteWebhook(db: Database, id: string): Promise<WebhookView> {
  const view = await getWebhook(db, id);
  await db.prisma.webhook.delete({ where: { id } });
  return view;
}
