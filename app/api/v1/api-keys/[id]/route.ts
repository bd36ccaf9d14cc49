import { apiRoute, json } from "@/server/http/route";
import { revokeApiKey } from "@/server/services/apiKeys/revoke";
import { serviceContext } from "@/server/services/context";

export const DELETE = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ db, principal, params }) =>
  json(await revokeApiKey(serviceContext(db, principal, new Date()), params.id)),
);
