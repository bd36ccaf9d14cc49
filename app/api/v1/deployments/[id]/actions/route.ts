import { API } from "@/schemas/api";
import { actorLabel } from "@/server/auth/principal";
import { route } from "@/server/http/route";
import { actOnDeployment } from "@/server/services/deployments/act";

export const POST = route(API.actOnDeployment, ({ ctx, params, body }) => actOnDeployment(ctx.db, actorLabel(ctx.actor), params.id, body.action, body.reason, ctx.now));
