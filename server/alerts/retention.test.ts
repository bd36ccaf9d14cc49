import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deploymentAlert } from "../../core/alerts/events";
import { resetConfig } from "../config";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { webhookTo } from "./alertTestSupport";
import { enqueueAlert } from "./outbox";
import { pruneAlertHistory } from "./retention";

const DAY = 86_400_000;

describe(`alert history retention on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    resetConfig({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: "127.0.0.1:9" });
    db = await openTestDatabase();
  });
  afterAll(async () => {
    resetConfig();
    await db?.close();
  });

  async function alertAt(at: Date, reason: string): Promise<void> {
    const event = deploymentAlert("halt", { id: "d", status: "halted", component: "c", version: "1", ring: "canary" }, "a", reason, at);
    await db.sql.transaction((tx) => enqueueAlert(tx, event).then(() => undefined));
  }
  const reasons = async () =>
    (await db.sql.query<{ reason: string }>("SELECT payload->'data'->>'reason' AS reason FROM alert_outbox ORDER BY id")).map((r) => r.reason);

  it("drops delivered and dead history past the retention period, keeps what is undelivered or recent", async () => {
    const now = new Date();
    const hook = await webhookTo(db, "http://127.0.0.1:9/retention");
    await alertAt(new Date(now.getTime() - 40 * DAY), "old delivered");
    await alertAt(new Date(now.getTime() - 40 * DAY), "old dead");
    await alertAt(new Date(now.getTime() - 40 * DAY), "old pending");
    await alertAt(new Date(now.getTime() - 1 * DAY), "recent delivered");
    await db.sql.query(
      `UPDATE webhook_deliveries d SET status = CASE o.payload->'data'->>'reason' WHEN 'old dead' THEN 'dead' WHEN 'old pending' THEN 'pending' ELSE 'delivered' END
       FROM alert_outbox o WHERE o.id = d.outbox_id AND d.webhook_id = $1`,
      [hook.id],
    );
    await db.sql.query("DELETE FROM webhooks WHERE id <> $1", [hook.id]);

    expect(await pruneAlertHistory(db.sql, now, 30)).toEqual({ deliveries: 2, alerts: 2 });
    expect(await reasons()).toEqual(["old pending", "recent delivered"]);
    expect(await pruneAlertHistory(db.sql, now, 30)).toEqual({ deliveries: 0, alerts: 0 });
  });
});
