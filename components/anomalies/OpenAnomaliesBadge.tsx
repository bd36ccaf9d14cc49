import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { focusRing } from "@/components/ui/styles";
import { inboxHref } from "./anomalyFilters";
import { anomalyCountText } from "./openAnomalies";

/** "2 open anomalies", linking to the inbox narrowed to one deployment or one ring; nothing when none. */
export function OpenAnomaliesBadge({ count, filter, where }: { count: number; filter: { deploymentId?: string; ring?: string }; where: string }) {
  if (count === 0) return null;
  return (
    <Link href={inboxHref(filter)} className={`shrink-0 rounded ${focusRing}`} aria-label={`${anomalyCountText(count)} in ${where}: view anomalies`}>
      <Badge tone="warning">{anomalyCountText(count)}</Badge>
    </Link>
  );
}
