import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { updateRing } from "@/server/services/rings/save";

export const PATCH = route(API.updateRing, ({ ctx, params, body }) => updateRing(ctx, params.id, body));
