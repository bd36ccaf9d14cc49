"use client";

import { useAnomalies } from "@/queries/anomalies";
import { OpenAnomaliesBadge } from "./OpenAnomaliesBadge";

/** One page is plenty to count a single deployment's open anomalies. */
const COUNT_LIMIT = 100;

/** "2 open anomalies" next to a deployment's title, linking to the inbox narrowed to it. */
export function DeploymentAnomaliesBadge({ deploymentId, name }: { deploymentId: string; name: string }) {
  const open = useAnomalies({ status: "open", deploymentId, limit: COUNT_LIMIT });
  return <OpenAnomaliesBadge count={open.data?.items.length ?? 0} filter={{ deploymentId }} where={name} />;
}
