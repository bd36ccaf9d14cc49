import { z } from "zod";
import { pageQuerySchema } from "@/schemas/pagination";
import { createDeploymentSchema } from "@/schemas/rollouts";
import { readBody, readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { DEPLOYMENT_STATUS_FILTERS, listDeployments } from "@/server/queries/deployments";
import { createDeployment } from "@/server/services/deployments/create";
import { serviceContext } from "@/server/services/context";

const listQuery = pageQuerySchema.extend({ status: z.enum(DEPLOYMENT_STATUS_FILTERS).optional() });

export const GET = apiRoute({ permission: "fleet:read" }, async ({ req, db }) => json(await listDeployments(db.sql, readQuery(req, listQuery), new Date())));

export const POST = apiRoute({ permission: "deployments:operate" }, async ({ req, db, principal }) =>
  json(await createDeployment(serviceContext(db, principal, new Date()), await readBody(req, createDeploymentSchema)), 201),
);
