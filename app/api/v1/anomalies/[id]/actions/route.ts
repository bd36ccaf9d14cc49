import { anomalyActionSchema } from "@/schemas/anomalies";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { actOnAnomaly } from "@/server/services/anomalies/act";
import { serviceContext } from "@/server/services/context";

export const POST = apiRoute<{ id: string }>({ permission: "anomalies:acknowledge" }, async ({ req, db, principal, params }) => {
  const { action, note } = await readBody(req, anomalyActionSchema);
  return json(await actOnAnomaly(serviceContext(db, principal, new Date()), params.id, action, note));
});
