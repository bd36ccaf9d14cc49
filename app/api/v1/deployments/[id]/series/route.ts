import { apiRoute, json } from "@/server/http/route";
import { deploymentSeries } from "@/server/queries/deploymentSeries";
import { findDeployment } from "@/server/services/deployments/find";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ db, principal, params }) => {
  const ctx = serviceContext(db, principal, new Date());
  return json(await deploymentSeries(db.sql, await findDeployment(ctx, params.id), ctx.now));
});
