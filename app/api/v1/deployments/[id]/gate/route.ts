import { z } from "zod";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { evaluateGate } from "@/server/services/deployments/gate";
import { findDeployment } from "@/server/services/deployments/find";
import { serviceContext } from "@/server/services/context";

const gateQuery = z.object({ ring: z.string().min(1).max(64) });

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ req, db, principal, params }) => {
  const { ring } = readQuery(req, gateQuery);
  const ctx = serviceContext(db, principal, new Date());
  return json(await evaluateGate(ctx, await findDeployment(ctx, params.id), ring));
});
