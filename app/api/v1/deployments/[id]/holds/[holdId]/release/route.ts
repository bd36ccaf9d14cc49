import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { releaseHold } from "@/server/services/holds/place";

export const POST = route(API.releaseHold, ({ ctx, params, body }) => releaseHold(ctx, params.id, params.holdId, body.reason));
