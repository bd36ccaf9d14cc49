import { apiRoute, json } from "@/server/http/route";
import { sendTestAlert } from "@/server/services/webhooks/deliveries";

export const POST = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ db, params }) =>
  json(await sendTestAlert(db, params.id, new Date())),
);
