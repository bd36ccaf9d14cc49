import { expect } from "@playwright/test";
import { call, unique } from "./api";

export interface AlertItem {
  id: string;
  type: string;
  severity: string;
  ring: string | null;
  title: string;
  href: string;
  at: string;
  actor: string | null;
  delivery: { endpoints: number; delivered: number; pending: number; failing: number; dead: number };
}

/** A component of its own, deployed to canary and paused: raises one `deployment.paused` alert. */
export async function pausedDeployment(reason = "e2e alert feed"): Promise<{ id: string; component: string }> {
  const component = unique("agent");
  const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "1.0" } });
  expect(release.status, release.text).toBe(201);
  const deployment = await call<{ id: string }>("POST", "/api/v1/deployments", {
    json: { releaseId: release.body.id, stages: [{ ring: "canary", bakeSeconds: 3600 }] },
  });
  expect(deployment.status, deployment.text).toBe(201);
  const paused = await call("POST", `/api/v1/deployments/${deployment.body.id}/actions`, { json: { action: "pause", reason } });
  expect(paused.status, paused.text).toBe(200);
  return { id: deployment.body.id, component };
}

/** The feed's alert about this deployment, as the API lists it. */
export async function alertAbout(deploymentId: string): Promise<AlertItem | undefined> {
  const answer = await call<{ items: AlertItem[] }>("GET", "/api/v1/alerts?limit=100");
  expect(answer.status, answer.text).toBe(200);
  return answer.body.items.find((a) => a.href === `/deployments/${deploymentId}`);
}

/** How many alerts the API lists after the one with this id (ids only grow). */
export async function alertsNewerThan(id: string): Promise<number> {
  const answer = await call<{ items: AlertItem[] }>("GET", "/api/v1/alerts?limit=100");
  return answer.body.items.filter((a) => BigInt(a.id) > BigInt(id)).length;
}
