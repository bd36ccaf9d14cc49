import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anomalyListQuerySchema } from "../../schemas/anomalies";
import { deploymentListQuerySchema } from "../../schemas/rollouts";
import { userPrincipal } from "../auth/principal";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { createDeployment } from "../services/deployments/create";
import { createRelease } from "../services/releases/create";
import { testContext } from "../services/testContext";
import { listAnomalies } from "./anomalies";
import { listDeployments } from "./deployments";

const operator = userPrincipal("operator", "op@example.com");
const NOW = new Date();

/** The command palette's searches: `q` on the deployment and anomaly lists. */
describe(`deployment and anomaly search on ${TEST_BACKEND}`, () => {
  let db: Database;
  const deployments = (q: string) => listDeployments(db.sql, deploymentListQuerySchema.parse({ q }), NOW);
  const anomalies = (q: string) => listAnomalies(db.sql, anomalyListQuerySchema.parse({ q }));

  beforeAll(async () => {
    db = await openTestDatabase();
    const start = async (component: string, version: string, rings: string[]) => {
      const ctx = testContext(db, { actor: operator, now: NOW });
      const release = await createRelease(ctx, { component, version });
      return createDeployment(ctx, { releaseId: release.id, stages: rings.map((ring) => ({ ring, bakeSeconds: 3600 })), autoPause: false });
    };
    const sensor = await start("sensor", "7.12.0", ["canary"]);
    await start("content_pack", "2024.07.19", ["early", "broad"]);
    await db.sql.query(
      `INSERT INTO anomalies (kind, severity, status, deployment_id, release_id, ring, component, version, summary, evidence, detected_at, updated_at, last_firing_at)
       SELECT 'boot_loop', 'critical', 'open', id, release_id, 'canary', component, version, 'Boot loops in canary', '{}'::jsonb, now(), now(), now()
       FROM deployments WHERE id = $1`,
      [sensor.id],
    );
  });
  afterAll(async () => {
    await db.close();
  });

  const releasesOf = (page: { items: { component: string }[] }) => page.items.map((item) => item.component);

  it("finds deployments by component, version and stage ring, every word matching", async () => {
    expect(releasesOf(await deployments("SENSOR"))).toEqual(["sensor"]);
    expect(releasesOf(await deployments("2024.07"))).toEqual(["content_pack"]);
    expect(releasesOf(await deployments("broad"))).toEqual(["content_pack"]);
    expect(releasesOf(await deployments("sensor@7.12.0 → canary"))).toEqual(["sensor"]);
    expect(releasesOf(await deployments("sensor broad"))).toEqual([]);
  });

  it("takes LIKE wildcards literally", async () => {
    expect(releasesOf(await deployments("s_nsor"))).toEqual([]);
    expect(releasesOf(await deployments("t_pack"))).toEqual(["content_pack"]);
    expect(releasesOf(await deployments("%"))).toEqual([]);
  });

  it("finds anomalies by kind as written or as said, ring and release", async () => {
    for (const q of ["boot loop", "boot_loop", "canary", "sensor 7.12"]) expect(releasesOf(await anomalies(q)), q).toEqual(["sensor"]);
    for (const q of ["crash", "early", "content_pack"]) expect(releasesOf(await anomalies(q)), q).toEqual([]);
  });
});
