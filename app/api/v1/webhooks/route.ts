import { createWebhookSchema } from "@/schemas/webhooks";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { createWebhook } from "@/server/services/webhooks/create";
import { listWebhooks } from "@/server/services/webhooks/manage";

export const GET = apiRoute({ permission: "settings:manage" }, async ({ db }) => json({ items: await listWebhooks(db), nextCursor: null }));

export const POST = apiRoute({ permission: "settings:manage" }, async ({ req, db, principal }) =>
  json(await createWebhook(db, principal, await readBody(req, createWebhookSchema)), 201),
);
