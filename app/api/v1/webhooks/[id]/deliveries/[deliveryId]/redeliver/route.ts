import { apiRoute, json } from "@/server/http/route";
import { redeliver } from "@/server/services/webhooks/deliveries";

export const POST = apiRoute<{ id: string; deliveryId: string }>({ permission: "settings:manage" }, async ({ db, params }) =>
  json(await redeliver(db, params.id, params.deliveryId, new Date()), 202),
);
