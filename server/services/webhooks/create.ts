import type { CreateWebhook, WebhookView } from "../../../schemas/webhooks";
import { generateWebhookSecret } from "../../alerts/signing";
import { assertPublicUrl, SsrfRefusal } from "../../alerts/ssrf";
import { actorLabel, type Principal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { badRequest } from "../../http/errors";
import { webhookView } from "./view";

/** Refuses URLs that point inside the network at create time, with the reason, rather than failing every delivery later. */
export async function assertReachableUrl(url: string): Promise<void> {
  try {
    await assertPublicUrl(url);
  } catch (error) {
    if (error instanceof SsrfRefusal) throw badRequest(error.message, [{ path: "$.url", message: error.message }]);
    throw error;
  }
}

/** The secret is in the answer once; later reads show only its first characters. */
export async function createWebhook(db: Database, actor: Principal, input: CreateWebhook): Promise<WebhookView & { secret: string | null }> {
  await assertReachableUrl(input.url);
  const secret = input.secret ?? (input.format === "json" ? generateWebhookSecret() : null);
  const row = await db.prisma.webhook.create({
    data: {
      url: input.url,
      format: input.format,
      secret,
      minSeverity: input.minSeverity,
      rings: input.rings ?? [],
      events: input.events ?? [],
      enabled: input.enabled,
      createdBy: actorLabel(actor),
    },
  });
  return { ...webhookView(row), secret };
}
