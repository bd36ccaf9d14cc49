import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { actOnDeployment } from "@/server/services/deployments/act";

export const POST = route(API.actOnDeployment, ({ ctx, params, body }) => actOnDeployment(ctx, params.id, body.action, body.reason));
