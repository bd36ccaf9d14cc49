import { apiRoute, json } from "@/server/http/route";
import { revokeApiKey } from "@/server/services/apiKeys/revoke";

export const DELETE = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ db, params }) =>
  json(await revokeApiKey(db, params.id)),
);
