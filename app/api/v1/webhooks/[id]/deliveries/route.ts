import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listDeliveryAttempts } from "@/server/services/webhooks/deliveries";

export const GET = route(API.listDeliveries, ({ ctx, params, query }) => listDeliveryAttempts(ctx, params.id, query.limit, query.cursor));
