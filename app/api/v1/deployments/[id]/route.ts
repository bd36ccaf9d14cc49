import { apiRoute, json } from "@/server/http/route";
import { viewDeployment } from "@/server/services/deployments/find";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ db, principal, params }) => json(await viewDeployment(serviceContext(db, principal, new Date()), params.id)));
