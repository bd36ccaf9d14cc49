import type { Sql } from "../../db/sql";
import { notFound } from "../../http/errors";
import { requireUuid } from "../../http/params";
import { loadDeployment, type LoadedDeployment } from "../../queries/deployments";

export async function findDeployment(sql: Sql, id: string): Promise<LoadedDeployment> {
  const loaded = await loadDeployment(sql, requireUuid(id, "Deployment"));
  if (!loaded) throw notFound(`Deployment ${id}`);
  return loaded;
}
