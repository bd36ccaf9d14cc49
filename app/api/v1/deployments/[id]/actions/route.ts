import { deploymentActionSchema } from "@/schemas/rollouts";
import { actorLabel } from "@/server/auth/principal";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { actOnDeployment } from "@/server/services/deployments/act";

export const POST = apiRoute<{ id: string }>({ permission: "deployments:operate" }, async ({ req, db, principal, params }) => {
  const { action, reason } = await readBody(req, deploymentActionSchema);
  return json(await actOnDeployment(db, actorLabel(principal), params.id, action, reason, new Date()));
});
