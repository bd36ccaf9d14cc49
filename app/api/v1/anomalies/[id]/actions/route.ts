import { anomalyActionSchema } from "@/schemas/anomalies";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { actOnAnomaly } from "@/server/services/anomalies/act";

export const POST = apiRoute<{ id: string }>({ permission: "anomalies:acknowledge" }, async ({ req, db, principal, params }) => {
  const { action, note } = await readBody(req, anomalyActionSchema);
  return json(await actOnAnomaly(db, principal, params.id, action, note, new Date()));
});
