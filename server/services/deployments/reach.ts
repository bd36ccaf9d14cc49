import type { ReachView } from "../../../schemas/containment";
import { deploymentReach } from "../../queries/reach";
import type { ServiceContext } from "../context";
import { notFound } from "../errors";
import { findDeployment } from "./find";

/** The reach of a deployment's latest stop (or the one asked for). */
export async function reachOfDeployment(ctx: ServiceContext, id: string, stopId?: string): Promise<ReachView> {
  const { row } = await findDeployment(ctx, id);
  const reach = await deploymentReach(ctx.db.sql, { id: row.id, component: row.component, version: row.version }, ctx.now, stopId);
  if (!reach) throw notFound(stopId ? `Stop ${stopId} of deployment ${id}` : `A pause, halt, roll back or hold of deployment ${id}`);
  return reach;
}
