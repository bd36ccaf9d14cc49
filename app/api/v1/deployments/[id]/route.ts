import { apiRoute, json } from "@/server/http/route";
import { viewDeployment } from "@/server/services/deployments/find";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ db, params }) => json(await viewDeployment(db.sql, params.id, new Date())));
