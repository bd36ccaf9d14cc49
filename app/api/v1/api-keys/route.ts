import { createApiKeySchema } from "@/schemas/apiKeys";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { createApiKey } from "@/server/services/apiKeys/create";
import { listApiKeys } from "@/server/services/apiKeys/list";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute({ permission: "settings:manage" }, async ({ db, principal }) => json({ items: await listApiKeys(serviceContext(db, principal, new Date())), nextCursor: null }));

export const POST = apiRoute({ permission: "settings:manage" }, async ({ req, db, principal }) =>
  json(await createApiKey(serviceContext(db, principal, new Date()), await readBody(req, createApiKeySchema)), 201),
);
