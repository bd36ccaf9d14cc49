import { createApiKeySchema } from "@/schemas/apiKeys";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { createApiKey } from "@/server/services/apiKeys/create";
import { listApiKeys } from "@/server/services/apiKeys/list";

export const GET = apiRoute({ permission: "settings:manage" }, async ({ db }) => json({ items: await listApiKeys(db), nextCursor: null }));

export const POST = apiRoute({ permission: "settings:manage" }, async ({ req, db, principal }) =>
  json(await createApiKey(db, principal, await readBody(req, createApiKeySchema)), 201),
);
