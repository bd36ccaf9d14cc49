import { apiRoute, json } from "@/server/http/route";
import { deploymentHealth } from "@/server/services/deployments/health";
import { findDeployment } from "@/server/services/deployments/find";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ db, principal, params }) => {
  const ctx = serviceContext(db, principal, new Date());
  return json({ items: await deploymentHealth(ctx, await findDeployment(ctx, params.id)), nextCursor: null });
});
