import { deliveryQuerySchema } from "@/schemas/webhooks";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { listDeliveryAttempts } from "@/server/services/webhooks/deliveries";

export const GET = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ req, db, params }) => {
  const query = readQuery(req, deliveryQuerySchema);
  return json(await listDeliveryAttempts(db, params.id, query.limit, query.cursor));
});
