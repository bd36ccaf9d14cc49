import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { redeliver } from "@/server/services/webhooks/deliveries";

export const POST = route(API.redeliver, ({ ctx, params }) => redeliver(ctx, params.id, params.deliveryId));
