import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { deleteWebhook, getWebhook, updateWebhook } from "@/server/services/webhooks/manage";

export const GET = route(API.getWebhook, ({ ctx, params }) => getWebhook(ctx, params.id));

export const PATCH = route(API.updateWebhook, ({ ctx, params, body }) => updateWebhook(ctx, params.id, body));

export const DELETE = route(API.deleteWebhook, ({ ctx, params }) => deleteWebhook(ctx, params.id));
