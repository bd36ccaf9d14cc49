import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { reachOfDeployment } from "@/server/services/deployments/reach";

export const GET = route(API.deploymentReach, ({ ctx, params, query }) => reachOfDeployment(ctx, params.id, query.stopId));
