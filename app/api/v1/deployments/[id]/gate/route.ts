import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { evaluateGate } from "@/server/services/deployments/gate";
import { findDeployment } from "@/server/services/deployments/find";

export const GET = route(API.deploymentGate, async ({ ctx, params, query }) => evaluateGate(ctx, await findDeployment(ctx, params.id), query.ring));
