import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { findDeployment } from "@/server/services/deployments/find";
import { listDeploymentHolds } from "@/server/services/holds/list";
import { placeHold } from "@/server/services/holds/place";

export const GET = route(API.listHolds, async ({ ctx, params }) => listDeploymentHolds(ctx, (await findDeployment(ctx, params.id)).row.id));
export const POST = route(API.createHold, ({ ctx, params, body }) => placeHold(ctx, params.id, body));
