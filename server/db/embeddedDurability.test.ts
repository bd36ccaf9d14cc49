import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./database";
import { TEST_BACKEND } from "./testDatabase";

const SIGKILL_STATUS = 137;
const TSX = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
// Commits a row the way the app does, then dies at once: no close, no flush, as `kill -9` would.
const COMMIT_THEN_DIE = `
import { openDatabase } from ${JSON.stringify(path.resolve(import.meta.dirname, "database.ts"))};
(async () => {
  const db = await openDatabase({ dataDir: process.env.PROBE_DIR });
  await db.sql.exec("CREATE TABLE crash_probe (n int)");
  await db.sql.query("INSERT INTO crash_probe VALUES ($1)", [202]);
  process.kill(process.pid, "SIGKILL");
})();`;

describe.skipIf(TEST_BACKEND !== "pglite")("embedded database durability (what the README claims)", () => {
  let dataDir = "";
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it("keeps a committed write when the process is killed right after it", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "rw-crash-"));
    const child = spawnSync(TSX, ["-e", COMMIT_THEN_DIE], { env: { ...process.env, PROBE_DIR: dataDir }, encoding: "utf8", timeout: 60_000 });
    // tsx runs the script in a child node and passes its death on as exit status 128 + 9.
    expect(child.signal === "SIGKILL" || child.status === SIGKILL_STATUS, child.stderr).toBe(true);

    const db = await openDatabase({ dataDir });
    try {
      expect(await db.sql.query("SELECT n FROM crash_probe")).toEqual([{ n: 202 }]);
    } finally {
      await db.close();
    }
  });
});
