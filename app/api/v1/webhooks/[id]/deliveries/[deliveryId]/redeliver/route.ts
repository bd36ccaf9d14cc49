import { apiRoute, json } from "@/server/http/route";
import { redeliver } from "@/server/services/webhooks/deliveries";
import { serviceContext } from "@/server/services/context";

export const POST = apiRoute<{ id: string; deliveryId: string }>({ permission: "settings:manage" }, async ({ db, principal, params }) =>
  json(await redeliver(serviceContext(db, principal, new Date()), params.id, params.deliveryId), 202),
);
