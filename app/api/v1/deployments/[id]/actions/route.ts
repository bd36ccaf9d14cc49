import { deploymentActionSchema } from "@/schemas/rollouts";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { actOnDeployment } from "@/server/services/deployments/act";
import { serviceContext } from "@/server/services/context";

export const POST = apiRoute<{ id: string }>({ permission: "deployments:operate" }, async ({ req, db, principal, params }) => {
  const { action, reason } = await readBody(req, deploymentActionSchema);
  return json(await actOnDeployment(serviceContext(db, principal, new Date()), params.id, action, reason));
});
