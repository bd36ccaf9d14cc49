/**
 * The human name of each thing Ringwatch shows, in one place: page titles, headings, breadcrumbs,
 * alert texts, the command palette and lists all say the same words. Pure: plain data in, text out.
 * Ids stay the fallback wherever a thing has no name of its own (a device without a hostname).
 */
import type { AnomalyKind } from "../schemas/anomalies";

export const ANOMALY_KIND_LABELS: Record<AnomalyKind, string> = {
  crash_rate: "Crash rate",
  boot_loop: "Boot loop",
  heartbeat_loss: "Heartbeat loss",
};

/** A label for any kind string: known kinds by their label, others ("new_kind") in words. */
export function kindLabel(kind: string): string {
  const known = ANOMALY_KIND_LABELS[kind as AnomalyKind];
  if (known) return known;
  const words = kind.replaceAll("_", " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : "Anomaly";
}

/** "content 2024.07.19". */
export const releaseName = (release: { component: string; version: string }) => `${release.component} ${release.version}`;

interface StagedDeployment {
  component: string;
  version: string;
  status: string;
  stages: readonly { ring: string; status: string }[];
}

/** Where a deployment stands, in one word: the ring baking (or stopped in), else how it ended. */
export function deploymentWhere(deployment: Pick<StagedDeployment, "status" | "stages">): string {
  if (deployment.status === "completed") return "completed";
  if (deployment.status === "rolled_back") return "rolled back";
  const current = deployment.stages.find((s) => s.status === "baking" || s.status === "blocked");
  const reached = current ?? deployment.stages.filter((s) => s.status !== "pending").at(-1) ?? deployment.stages[0];
  return reached?.ring ?? "no rings";
}

/** "content 2024.07.19 → broad", "content 2024.07.19 → completed", "… → rolled back". */
export const deploymentName = (deployment: StagedDeployment) => `${releaseName(deployment)} → ${deploymentWhere(deployment)}`;

/** "Boot loop in canary · content 2024.07.19 → canary" with the deployment at hand, else its release. */
export function anomalyName(anomaly: { kind: string; ring: string; component: string; version: string }, deployment?: StagedDeployment): string {
  return `${kindLabel(anomaly.kind)} in ${anomaly.ring} · ${deployment ? deploymentName(deployment) : releaseName(anomaly)}`;
}

/** A device by its hostname, its id where it reported none. */
export const deviceName = (device: { deviceId: string; hostname: string | null }) => device.hostname?.trim() || device.deviceId;

/** A user by their name, their email where the name is blank. */
export const userName = (user: { name: string; email: string }) => user.name.trim() || user.email;

/** API keys, rings and webhooks are named by whoever made them; the id only when the name is blank. */
export const namedThing = (thing: { id: string; name: string | null }) => thing.name?.trim() || thing.id;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text is a bare UUID: what a name must never be when the thing has one. */
export const isBareUuid = (text: string) => UUID.test(text.trim());

/** The first 8 characters of an id, as the UI shows it next to a name. */
export const shortId = (id: string) => (isBareUuid(id) ? id.slice(0, 8) : id);

/** A webhook by its format and where it posts, without the path: a chat webhook's URL is its credential. */
export const webhookName = (webhook: { format: string; url: string }) => `${webhook.format} → ${urlHost(webhook.url)}`;

function urlHost(url: string): string {
  try {
    return new URL(url).host || "(no host)";
  } catch {
    return "(invalid URL)";
  }
}
