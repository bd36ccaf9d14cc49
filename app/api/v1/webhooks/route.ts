import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { createWebhook } from "@/server/services/webhooks/create";
import { listWebhooks } from "@/server/services/webhooks/manage";

export const GET = route(API.listWebhooks, async ({ ctx }) => ({ items: await listWebhooks(ctx), nextCursor: null }));

export const POST = route(API.createWebhook, ({ ctx, body }) => createWebhook(ctx, body));
