import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { viewDeployment } from "@/server/services/deployments/find";

export const GET = route(API.getDeployment, ({ ctx, params }) => viewDeployment(ctx, params.id));
