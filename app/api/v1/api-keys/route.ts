import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { createApiKey } from "@/server/services/apiKeys/create";
import { listApiKeys } from "@/server/services/apiKeys/list";

export const GET = route(API.listApiKeys, async ({ ctx }) => ({ items: await listApiKeys(ctx), nextCursor: null }));

export const POST = route(API.createApiKey, ({ ctx, body }) => createApiKey(ctx, body));
