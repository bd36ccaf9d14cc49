import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { deploymentHealth } from "@/server/services/deployments/health";
import { findDeployment } from "@/server/services/deployments/find";

export const GET = route(API.deploymentHealth, async ({ ctx, params }) => ({
  items: await deploymentHealth(ctx, await findDeployment(ctx, params.id)),
  nextCursor: null,
}));
