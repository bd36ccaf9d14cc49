/**
 * Gives the demo rollouts to watch: baseline releases, then a content update moving ring by ring in
 * waves (held on the one build it breaks) and an agent update that boot-loops Windows (paused).
 */
import { BAD_AGENT, BAD_CONTENT } from "./demoFaults";
import { DEFAULT_VERSIONS } from "./fleet/devices";

/** The content update the demo rolls out (the screenshots' fleet breaks Windows on it too). */
export const NEW_CONTENT_VERSION = BAD_CONTENT.version;
const DEMO_STAGES = [
  { ring: "canary", bakeSeconds: 120 },
  { ring: "early", bakeSeconds: 300 },
  { ring: "broad", bakeSeconds: 0 },
];
/** The content rollout goes ring by ring in waves, and holds a build that breaks instead of pausing everything. */
const CONTENT_STAGES = [
  { ring: "canary", bakeSeconds: 90 },
  { ring: "early", bakeSeconds: 45, waves: [25, 100] },
  { ring: "broad", bakeSeconds: 45, waves: [10, 50, 100] },
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

/** What the fleet already runs becomes the baseline: a completed deployment of it, promoted through every ring. */
async function completeBaseline(call: Call, component: string, version: string): Promise<void> {
  const baseline = await call("POST", "/api/v1/deployments", {
    releaseId: await releaseId(call, component, version),
    stages: DEMO_STAGES.map((s) => ({ ...s, bakeSeconds: 0 })),
  });
  const baselineId = (baseline.body as { id: string }).id;
  for (const _stage of DEMO_STAGES) {
    await call("POST", `/api/v1/deployments/${baselineId}/actions`, { action: "promote", reason: "demo: what the fleet runs today" });
  }
}

async function deploy(call: Call, release: { component: string; version: string }, body: Record<string, unknown>): Promise<string> {
  const rollout = await call("POST", "/api/v1/deployments", { releaseId: await releaseId(call, release.component, release.version), autoPause: true, ...body });
  if (rollout.status !== 201) throw new Error(`could not start the demo rollout of ${release.component}: ${JSON.stringify(rollout.body)}`);
  return (rollout.body as { id: string }).id;
}

export interface DemoRollouts {
  summary: string;
  /** The content rollout this run started (null when an earlier run started the rollouts). */
  contentDeploymentId: string | null;
}

/** Idempotent: a second demo run finds the rollouts already there and leaves them alone. */
export async function startDemoRollout(baseUrl: string, adminKey: string): Promise<DemoRollouts> {
  const call = client(baseUrl, adminKey);
  const existing = await call("GET", "/api/v1/deployments?limit=1");
  const latest = (existing.body as { items: { id: string; component: string; version: string; status: string }[] }).items[0];
  if (latest) return { summary: `existing deployment ${latest.component} ${latest.version} (${latest.status})`, contentDeploymentId: null };
  await completeBaseline(call, BAD_CONTENT.component, DEFAULT_VERSIONS.content);
  await completeBaseline(call, BAD_AGENT.component, DEFAULT_VERSIONS.agent);
  const content = await deploy(call, BAD_CONTENT, { stages: CONTENT_STAGES, onCohortAnomaly: "hold" });
  return { summary: `content ${BAD_CONTENT.version} (${content}): canary, then early and broad in waves; it breaks one build`, contentDeploymentId: content };
}

/**
 * The agent update that boot-loops Windows, started once the content rollout is done: two bad
 * releases in one ring at once would blame each other's devices.
 */
export async function startAgentRollout(baseUrl: string, adminKey: string): Promise<string> {
  return deploy(client(baseUrl, adminKey), BAD_AGENT, { stages: [{ ring: "canary", bakeSeconds: 600 }, ...DEMO_STAGES.slice(1)] });
}
