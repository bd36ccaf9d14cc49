/** Shared set-up of the alerting DB suites: an admin, a live deployment, webhooks pointed at receivers. */
import type { Finding } from "../../core/detection/detect";
import type { CreateWebhook } from "../../schemas/webhooks";
import { permissionsOfRole } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import type { Database } from "../db/database";
import { serviceContext } from "../services/context";
import { createDeployment } from "../services/deployments/create";
import { createRelease } from "../services/releases/create";
import { createWebhook } from "../services/webhooks/create";

export const admin = {
  kind: "user",
  id: "00000000-0000-0000-0000-0000000000ad",
  email: "admin@example.com",
  name: "Admin",
  role: "admin",
  permissions: permissionsOfRole("admin"),
} satisfies Principal;

let versions = 0;

/** A fresh active deployment of its own component, so suites never collide on "one live deployment per component". */
export async function liveDeployment(db: Database, now = new Date()): Promise<string> {
  versions++;
  const release = await createRelease(serviceContext(db, admin, now), {
    component: `agent-${versions}-${Math.random().toString(36).slice(2, 8)}`,
    version: "2.0",
  });
  const deployment = await createDeployment(serviceContext(db, admin, now), {
    releaseId: release.id,
    stages: [
      { ring: "canary", bakeSeconds: 3600 },
      { ring: "early", bakeSeconds: 3600 },
    ],
    autoPause: true,
  });
  return deployment.id;
}

export async function webhookTo(db: Database, url: string, extra: Partial<CreateWebhook> = {}) {
  return createWebhook(serviceContext(db, admin, new Date()), { url, format: "json", minSeverity: "info", enabled: true, ...extra });
}

/** Deliveries of one webhook in queue order. */
export async function deliveriesOf(db: Database, webhookId: string) {
  return db.sql.query<{ id: string; message_id: string; status: string; attempts: number; next_attempt_at: Date; type: string; last_error: string | null }>(
    `SELECT d.id::text AS id, d.message_id, d.status, d.attempts, d.next_attempt_at, o.type, d.last_error
     FROM webhook_deliveries d JOIN alert_outbox o ON o.id = d.outbox_id WHERE d.webhook_id = $1 ORDER BY d.id`,
    [webhookId],
  );
}

/** A crash-rate finding on canary with `affected` of 40 exposed devices crashed. */
export function crashFinding(deploymentId: string, affected: number, severity: Finding["severity"]): Finding {
  return {
    kind: "crash_rate",
    severity,
    openingSeverity: severity,
    deploymentId,
    component: "agent",
    version: "2.0",
    ring: "canary",
    summary: `${affected} crashed`,
    comparison: {
      exposed: 40,
      affected,
      affectedRate: affected / 40,
      baselineDevices: 400,
      baselineAffected: 4,
      baselineRate: 0.01,
      expectedAffected: 0.4,
      adjustedFor: null,
      relativeRisk: 10,
      pValue: 0.001,
    },
    basis: "rings not yet offered 2.0 (early, broad), same window",
    subgroup: null,
    windowStart: new Date(),
    firstSignalAt: new Date(),
    suspects: [{ dimension: "model", value: "X1", share: 1, exposedShare: 0.5, lift: 2 }],
  };
}
