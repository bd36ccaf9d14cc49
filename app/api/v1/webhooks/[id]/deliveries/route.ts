import { deliveryQuerySchema } from "@/schemas/webhooks";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { listDeliveryAttempts } from "@/server/services/webhooks/deliveries";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ req, db, principal, params }) => {
  const query = readQuery(req, deliveryQuerySchema);
  return json(await listDeliveryAttempts(serviceContext(db, principal, new Date()), params.id, query.limit, query.cursor));
});
