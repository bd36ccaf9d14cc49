import { apiRoute, json } from "@/server/http/route";
import { sendTestAlert } from "@/server/services/webhooks/deliveries";
import { serviceContext } from "@/server/services/context";

export const POST = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ db, principal, params }) =>
  json(await sendTestAlert(serviceContext(db, principal, new Date()), params.id)),
);
