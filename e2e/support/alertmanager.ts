import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** Debian's `prometheus-alertmanager` package. */
export const ALERTMANAGER_BIN = process.env.ALERTMANAGER_PATH ?? "/usr/bin/prometheus-alertmanager";
export const alertmanagerInstalled = () => existsSync(ALERTMANAGER_BIN);

export interface RunningAlertmanager {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real Alertmanager on 127.0.0.1 that notifies `webhookUrl` of every group at once, resolved ones
 * too, one group per anomaly. No clustering, state in a temp folder.
 */
export async function startAlertmanager(port: number, webhookUrl: string): Promise<RunningAlertmanager> {
  const dir = await mkdtemp(path.join(tmpdir(), "rw-alertmanager-"));
  const config = [
    "route:",
    "  receiver: hook",
    "  group_by: [anomaly_id]",
    "  group_wait: 1s",
    "  group_interval: 1s",
    "  repeat_interval: 1h",
    "receivers:",
    "  - name: hook",
    "    webhook_configs:",
    `      - url: ${webhookUrl}`,
    "        send_resolved: true",
  ].join("\n");
  await writeFile(path.join(dir, "alertmanager.yml"), config);
  const child = spawn(
    ALERTMANAGER_BIN,
    [
      `--config.file=${path.join(dir, "alertmanager.yml")}`,
      `--storage.path=${path.join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--cluster.listen-address=",
      "--log.level=warn",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await rm(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`alertmanager exited with ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`alertmanager did not become ready: ${stderr}`);
}
