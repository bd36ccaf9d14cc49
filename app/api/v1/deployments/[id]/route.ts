import { apiRoute, json } from "@/server/http/route";
import { deploymentViews } from "@/server/queries/deployments";
import { findDeployment } from "@/server/services/deployments/find";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ db, params }) => {
  const [view] = await deploymentViews(db.sql, [await findDeployment(db.sql, params.id)], new Date());
  return json(view);
});
