import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { evaluateGate } from "@/server/services/deployments/gate";
import { findDeployment } from "@/server/services/deployments/find";

export const GET = route(API.deploymentGate, async ({ ctx, params, query }) => evaluateGate(ctx.db.sql, await findDeployment(ctx.db.sql, params.id), query.ring, ctx.now));
