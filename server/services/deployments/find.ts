import type { Sql } from "../../db/sql";
import { notFound } from "../../http/errors";
import { requireUuid } from "../../http/params";
import type { DeploymentView } from "../../../schemas/rollouts";
import { deploymentViews, loadDeployment, type LoadedDeployment } from "../../queries/deployments";

export async function findDeployment(sql: Sql, id: string): Promise<LoadedDeployment> {
  const loaded = await loadDeployment(sql, requireUuid(id, "Deployment"));
  if (!loaded) throw notFound(`Deployment ${id}`);
  return loaded;
}

/** The deployment as the API shows it (stages with exposure counts, allowed actions). */
export async function viewDeployment(sql: Sql, id: string, now: Date): Promise<DeploymentView> {
  const [view] = await deploymentViews(sql, [await findDeployment(sql, id)], now);
  return view;
}
