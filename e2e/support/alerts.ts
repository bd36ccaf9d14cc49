import { expect, type APIRequestContext } from "@playwright/test";
import { appUrl } from "./browser";
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
  deploymentId: string | null;
  anomalyId: string | null;
  unread: boolean | null;
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

/** The alerts about this deployment (and its anomalies), newest first. */
export async function alertsOf(deploymentId: string): Promise<AlertItem[]> {
  const answer = await call<{ items: AlertItem[] }>("GET", `/api/v1/alerts?limit=100&deploymentId=${deploymentId}`);
  expect(answer.status, answer.text).toBe(200);
  return answer.body.items;
}

/** The signed-in user's unread count, as the server keeps it (the page's session cookies). */
export async function sessionUnread(request: APIRequestContext): Promise<number> {
  const answer = await request.get(appUrl("/api/v1/alerts?limit=1"));
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { unreadCount: number }).unreadCount;
}
