import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { assertProductionBuild, findFreePort, repoRoot, SERVER_ENTRY } from "../../scripts/lib/appServer";

const EXIT_INVALID_CONFIG = 78;

/** Runs the production server as `npm start` does until it exits; all it printed, and its exit code. */
async function startExpectingExit(extraEnv: Record<string, string>): Promise<{ code: number | null; output: string }> {
  assertProductionBuild();
  // Were the check to fail, the server would serve: from a throw-away folder, on a free loopback port.
  const dataDir = mkdtempSync(path.join(tmpdir(), "rw-startup-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", RINGWATCH_DATA_DIR: dataDir, ...extraEnv };
  delete env.DATABASE_URL;
  const port = await findFreePort();
  const child = spawn(process.execPath, [SERVER_ENTRY, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: repoRoot(),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  try {
    // "close", not "exit": everything the server printed has been read by then.
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    return { code, output };
  } finally {
    child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

test("npm start refuses an invalid setting: exit 78, each bad variable named with what it expects", async () => {
  const { code, output } = await startExpectingExit({ RINGWATCH_DETECTION_INTERVAL_SEC: "abc", RINGWATCH_PUBLIC_URL: "ringwatch.example.com" });
  expect(code, output).toBe(EXIT_INVALID_CONFIG);
  expect(output).toContain("[server] cannot start: 2 environment variables are invalid:");
  expect(output).toContain("RINGWATCH_PUBLIC_URL must be an http:// or https:// URL, got 'ringwatch.example.com'");
  expect(output).toContain("RINGWATCH_DETECTION_INTERVAL_SEC must be a number of seconds from 1 to 3600, got 'abc'");
  expect(output).not.toContain("listening");
});
