import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { deploymentSeries } from "@/server/queries/deploymentSeries";
import { findDeployment } from "@/server/services/deployments/find";

export const GET = route(API.deploymentSeries, async ({ ctx, params }) => deploymentSeries(ctx.db.sql, await findDeployment(ctx, params.id), ctx.now));
