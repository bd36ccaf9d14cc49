import type { AlertDelivery } from "@/queries/alerts";
import type { Look } from "@/components/deployments/deploymentLook";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Every count, for the tooltip: "2 webhooks: 1 delivered, 1 retrying". */
function breakdown(d: AlertDelivery): string {
  const parts = [
    d.delivered ? `${d.delivered} delivered` : "",
    d.pending ? `${d.pending} queued (each webhook gets its alerts in order)` : "",
    d.failing ? `${d.failing} retrying after a failure` : "",
    d.dead ? `${d.dead} failed for good (no more retries)` : "",
  ].filter(Boolean);
  return `${plural(d.endpoints, "webhook")}: ${parts.join(", ")}`;
}

/**
 * One alert's webhook delivery in a few words, toned by the worst of it: "delivered to 2/2",
 * "delivered to 1/2, retrying 1", "failed 1 (dead)", "no webhook" when no endpoint's filters matched.
 */
export function deliveryLook(d: AlertDelivery): Look {
  if (d.endpoints === 0) {
    return { label: "no webhook", tone: "muted", description: "No webhook's severity, ring and event filters matched this alert: it was only recorded here" };
  }
  const description = breakdown(d);
  if (d.delivered === d.endpoints) return { label: `delivered to ${d.delivered}/${d.endpoints}`, tone: "success", description };
  const problems = [d.dead ? `failed ${d.dead} (dead)` : "", d.failing ? `retrying ${d.failing}` : "", d.pending ? `queued ${d.pending}` : ""].filter(Boolean);
  const label = [d.delivered ? `delivered to ${d.delivered}/${d.endpoints}` : "", ...problems].filter(Boolean).join(", ");
  const tone = d.dead ? "danger" : d.failing ? "warning" : "neutral";
  return { label, tone, description };
}
