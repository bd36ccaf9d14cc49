import { apiRoute, json } from "@/server/http/route";
import { deploymentHealth } from "@/server/services/deployments/health";
import { findDeployment } from "@/server/services/deployments/find";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ db, params }) =>
  json({ items: await deploymentHealth(db.sql, await findDeployment(db.sql, params.id), new Date()), nextCursor: null }),
);
