import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { findDeployment } from "@/server/services/deployments/find";
import { projectNextWave } from "@/server/services/deployments/projection";

export const GET = route(API.deploymentProjection, async ({ ctx, params }) => projectNextWave(ctx, await findDeployment(ctx, params.id)));
