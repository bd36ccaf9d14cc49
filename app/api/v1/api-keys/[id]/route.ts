import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { revokeApiKey } from "@/server/services/apiKeys/revoke";

export const DELETE = route(API.revokeApiKey, ({ ctx, params }) => revokeApiKey(ctx, params.id));
