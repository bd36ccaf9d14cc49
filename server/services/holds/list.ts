import type { z } from "zod";
import type { holdListSchema } from "../../../schemas/containment";
import { holdViews } from "../../queries/holdViews";
import type { ServiceContext } from "../context";

export async function listDeploymentHolds(ctx: ServiceContext, deploymentId: string): Promise<z.infer<typeof holdListSchema>> {
  return { items: await holdViews(ctx.db.sql, deploymentId) };
}
