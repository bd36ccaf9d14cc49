import { createWebhookSchema } from "@/schemas/webhooks";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { createWebhook } from "@/server/services/webhooks/create";
import { listWebhooks } from "@/server/services/webhooks/manage";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute({ permission: "settings:manage" }, async ({ db, principal }) => json({ items: await listWebhooks(serviceContext(db, principal, new Date())), nextCursor: null }));

export const POST = apiRoute({ permission: "settings:manage" }, async ({ req, db, principal }) =>
  json(await createWebhook(serviceContext(db, principal, new Date()), await readBody(req, createWebhookSchema)), 201),
);
