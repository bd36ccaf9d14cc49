import { expect, test } from "@playwright/test";
import { startAppServer } from "../../scripts/lib/appServer";
import { createTestStorage } from "../support/storage";

const KEY = "rw_restart_test_key_0123456789";

/** A 202 means committed: kill the server the moment it answers, start it again, the events are there. */
test("an accepted batch survives a hard kill and restart", async () => {
  test.setTimeout(180_000);
  const storage = await createTestStorage("rw_restart");
  const options = { ...storage.server, env: { RINGWATCH_BOOTSTRAP_API_KEY: KEY } };
  try {
    const first = await startAppServer(options);
    const events = Array.from({ length: 500 }, (_, i) => ({
      type: "heartbeat",
      deviceId: `restart-${i % 50}`,
      ts: new Date(Date.now() - (i + 1) * 1000).toISOString(),
      bootId: "b",
      intervalSec: 60,
      versions: { agent: "1" },
      eventId: `restart-${i}`,
    }));
    const answer = await fetch(`${first.baseUrl}/api/v1/ingest`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ events }),
    });
    expect(answer.status).toBe(202);
    first.kill("SIGKILL");
    await first.exited;

    const second = await startAppServer(options);
    try {
      const resent = await fetch(`${second.baseUrl}/api/v1/ingest`, {
        method: "POST",
        headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
        body: JSON.stringify({ events }),
      });
      expect(await resent.json()).toEqual({ accepted: 0, duplicates: 500, rejected: [] });
      const device = await (await fetch(`${second.baseUrl}/api/v1/devices/restart-7`, { headers: { authorization: `Bearer ${KEY}` } })).json();
      expect(device.timeline).toHaveLength(10);
    } finally {
      await second.stop();
    }
  } finally {
    await storage.dispose();
  }
});
