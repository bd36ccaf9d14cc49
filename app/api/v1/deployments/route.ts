import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listDeployments } from "@/server/queries/deployments";
import { createDeployment } from "@/server/services/deployments/create";

export const GET = route(API.listDeployments, ({ ctx, query }) => listDeployments(ctx.db.sql, query, ctx.now));

export const POST = route(API.createDeployment, ({ ctx, body }) => createDeployment(ctx, body));
