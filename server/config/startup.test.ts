import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_INVALID_CONFIG } from "./index";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

// The built server's side of this is e2e/api/startup.spec.ts.
describe("npm run worker with an invalid setting", () => {
  // Were the check to fail, the worker would run: on a throw-away folder, stopped by the timeout.
  const dataDir = mkdtempSync(path.join(tmpdir(), "rw-config-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("exits 78 before opening the database, naming the variable and what it expects", () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      RINGWATCH_DATA_DIR: dataDir,
      RINGWATCH_DETECTION_INTERVAL_SEC: "abc",
      RINGWATCH_ALERT_RETENTION_DAYS: "-1",
    };
    delete env.DATABASE_URL;
    const child = spawnSync(TSX, ["worker/run.ts"], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
    expect(child.status, child.stderr).toBe(EXIT_INVALID_CONFIG);
    expect(child.stderr).toContain("[worker] cannot start: 2 environment variables are invalid:");
    expect(child.stderr).toContain("RINGWATCH_DETECTION_INTERVAL_SEC must be a number of seconds from 1 to 3600, got 'abc'");
    expect(child.stderr).toContain("RINGWATCH_ALERT_RETENTION_DAYS must be a number of days from 1 to 3650, got '-1'");
    expect(child.stdout).not.toContain("[worker] running");
  });
});
