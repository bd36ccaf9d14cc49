import { z } from "zod";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { evaluateGate } from "@/server/services/deployments/gate";
import { findDeployment } from "@/server/services/deployments/find";

const gateQuery = z.object({ ring: z.string().min(1).max(64) });

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ req, db, params }) => {
  const { ring } = readQuery(req, gateQuery);
  return json(await evaluateGate(db.sql, await findDeployment(db.sql, params.id), ring, new Date()));
});
