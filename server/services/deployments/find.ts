import type { DeploymentView } from "../../../schemas/rollouts";
import { deploymentViews, loadDeployment, type LoadedDeployment } from "../../queries/deployments";
import type { ServiceContext } from "../context";
import { notFound, requireUuid } from "../errors";

export async function findDeployment(ctx: ServiceContext, id: string): Promise<LoadedDeployment> {
  const loaded = await loadDeployment(ctx.db.sql, requireUuid(id, "Deployment"));
  if (!loaded) throw notFound(`Deployment ${id}`);
  return loaded;
}

/** The deployment as the API shows it (stages with exposure counts, allowed actions). */
export async function viewDeployment(ctx: ServiceContext, id: string): Promise<DeploymentView> {
  const [view] = await deploymentViews(ctx.db.sql, [await findDeployment(ctx, id)], ctx.now);
  return view;
}
