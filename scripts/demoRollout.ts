/** Gives the demo a rollout to watch: a baseline release, then a new content update moving ring by ring. */
import { DEFAULT_VERSIONS } from "./fleet/devices";

export const NEW_CONTENT_VERSION = "2024.07.19";
const DEMO_STAGES = [
  { ring: "canary", bakeSeconds: 120 },
  { ring: "early", bakeSeconds: 300 },
  { ring: "broad", bakeSeconds: 0 },
];

type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

function client(baseUrl: string, adminKey: string): Call {
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${adminKey}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
}

async function releaseId(call: Call, component: string, version: string): Promise<string> {
  const created = await call("POST", "/api/v1/releases", { component, version });
  if (created.status === 201) return (created.body as { id: string }).id;
  const list = await call("GET", "/api/v1/releases?limit=500");
  const found = (list.body as { items: { id: string; component: string; version: string }[] }).items.find(
    (r) => r.component === component && r.version === version,
  );
  if (!found) throw new Error(`could not create or find release ${component} ${version}: ${JSON.stringify(created.body)}`);
  return found.id;
}

/** Idempotent: a second demo run finds the rollout already there and leaves it alone. */
export async function startDemoRollout(baseUrl: string, adminKey: string): Promise<string> {
  const call = client(baseUrl, adminKey);
  const existing = await call("GET", "/api/v1/deployments?limit=1");
  const latest = (existing.body as { items: { id: string; component: string; version: string; status: string }[] }).items[0];
  if (latest) return `existing deployment ${latest.component} ${latest.version} (${latest.status})`;
  // What the fleet already runs becomes the baseline: a completed deployment of it, promoted through every ring.
  const baseline = await call("POST", "/api/v1/deployments", {
    releaseId: await releaseId(call, "content", DEFAULT_VERSIONS.content),
    stages: DEMO_STAGES.map((s) => ({ ...s, bakeSeconds: 0 })),
  });
  const baselineId = (baseline.body as { id: string }).id;
  for (const _stage of DEMO_STAGES) {
    await call("POST", `/api/v1/deployments/${baselineId}/actions`, { action: "promote", reason: "demo: what the fleet runs today" });
  }
  const rollout = await call("POST", "/api/v1/deployments", { releaseId: await releaseId(call, "content", NEW_CONTENT_VERSION), stages: DEMO_STAGES });
  if (rollout.status !== 201) throw new Error(`could not start the demo rollout: ${JSON.stringify(rollout.body)}`);
  return `content ${NEW_CONTENT_VERSION}: canary (2 min bake) → early (5 min) → broad`;
}
