import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userPrincipal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { createDeployment } from "../deployments/create";
import { evaluateGate } from "../deployments/gate";
import { findDeployment } from "../deployments/find";
import { createRelease } from "../releases/create";
import { actOnAnomaly } from "./act";
import { testContext } from "../testContext";

const operator = userPrincipal("operator", "op@example.com");
const analyst = userPrincipal("analyst", "ana@example.com");

describe(`anomaly actions on ${TEST_BACKEND}`, () => {
  let db: Database;
  let deploymentId: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    const release = await createRelease(testContext(db, { actor: operator }), { component: "sensor", version: "7.11" });
    deploymentId = (
      await createDeployment(testContext(db, { actor: operator }), {
        releaseId: release.id,
        stages: [
          { ring: "canary", bakeSeconds: 0 },
          { ring: "early", bakeSeconds: 0 },
        ],
        autoPause: false,
      })
    ).id;
  });
  afterAll(async () => {
    await db.close();
  });

  async function criticalAnomaly(): Promise<string> {
    const [row] = await db.sql.query<{ id: string }>(
      `INSERT INTO anomalies (kind, severity, status, deployment_id, release_id, ring, component, version, summary, evidence, detected_at, updated_at, last_firing_at)
       SELECT 'boot_loop', 'critical', 'open', id, release_id, 'canary', component, version, 'Boot loops in canary', '{}'::jsonb, now(), now(), now()
       FROM deployments WHERE id = $1 RETURNING id::text AS id`,
      [deploymentId],
    );
    return row.id;
  }
  const gate = async () => evaluateGate(testContext(db), await findDeployment(testContext(db), deploymentId), "canary");

  it("lets an analyst acknowledge a critical anomaly but not resolve it: the no_go stands", async () => {
    const id = await criticalAnomaly();
    await expect(actOnAnomaly(testContext(db, { actor: analyst }), id, "resolve", "looks fine to me")).rejects.toMatchObject({
      kind: "forbidden",
      code: "forbidden",
    });
    expect((await actOnAnomaly(testContext(db, { actor: analyst }), id, "acknowledge", "on it")).status).toBe("acknowledged");
    await expect(actOnAnomaly(testContext(db, { actor: analyst }), id, "resolve", undefined)).rejects.toMatchObject({ kind: "forbidden" });
    expect((await gate()).decision).toBe("no_go");
    const audit = await db.sql.query<{ action: string }>("SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id", [id]);
    expect(audit.map((a) => a.action)).toEqual(["anomaly.acknowledged"]);
  });

  it("lets an operator resolve it, which lifts the gate's block", async () => {
    const [open] = await db.sql.query<{ id: string }>("SELECT id::text AS id FROM anomalies WHERE deployment_id = $1 AND status <> 'resolved'", [deploymentId]);
    const resolved = await actOnAnomaly(testContext(db, { actor: operator }), open.id, "resolve", "rolled back the sensor; repaired");
    expect(resolved).toMatchObject({ status: "resolved", resolvedBy: "op@example.com" });
    expect((await gate()).decision).not.toBe("no_go");
  });
});
