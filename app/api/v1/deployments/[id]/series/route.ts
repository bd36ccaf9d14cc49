import { apiRoute, json } from "@/server/http/route";
import { deploymentSeries } from "@/server/queries/deploymentSeries";
import { findDeployment } from "@/server/services/deployments/find";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ db, params }) =>
  json(await deploymentSeries(db.sql, await findDeployment(db.sql, params.id), new Date())),
);
