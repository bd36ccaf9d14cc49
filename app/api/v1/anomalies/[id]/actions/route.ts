import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { actOnAnomaly } from "@/server/services/anomalies/act";

export const POST = route(API.actOnAnomaly, ({ ctx, params, body }) => actOnAnomaly(ctx, params.id, body.action, body.note));
