import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { findFreePort, startAppServer } from "../../scripts/lib/appServer";
import { E2E_PUBLIC_URL, testEnv } from "./env";
import { createTestStorage } from "./storage";

/** Starts the production build on fresh storage with a known admin key and admin user. */
export default async function globalSetup() {
  const storage = await createTestStorage("rw_e2e");
  mkdirSync("test-results", { recursive: true });
  const adminKey = `rw_e2e_${randomBytes(16).toString("hex")}`;
  const admin = { email: "admin@ringwatch.test", password: `pw-${randomBytes(8).toString("hex")}` };
  // The one loopback port webhook specs may run a receiver on: the app refuses every other private address.
  const webhookPort = await findFreePort();
  // Where the Alertmanager spec starts a real Alertmanager; until then the app's pushes fail and back off.
  const alertmanagerPort = await findFreePort();
  const server = await startAppServer({
    ...storage.server,
    logFile: path.resolve("test-results", `server-${testEnv.backend}.log`),
    env: {
      RINGWATCH_BOOTSTRAP_API_KEY: adminKey,
      RINGWATCH_ADMIN_EMAIL: admin.email,
      RINGWATCH_ADMIN_PASSWORD: admin.password,
      RINGWATCH_DETECTION_INTERVAL_SEC: "2",
      // Recovery needs this long of healthy heartbeats; specs cannot wait the default ten minutes.
      RINGWATCH_RECOVERY_STABLE_SEC: "5",
      RINGWATCH_WEBHOOK_ALLOW_HOSTS: `127.0.0.1:${webhookPort}`,
      RINGWATCH_PUBLIC_URL: E2E_PUBLIC_URL,
      RINGWATCH_ALERTMANAGER_URLS: `http://127.0.0.1:${alertmanagerPort}`,
      RINGWATCH_ALERTMANAGER_RESEND_SEC: "5",
      RINGWATCH_ALERTMANAGER_LABELS: "env=e2e",
    },
  });
  Object.assign(process.env, {
    RINGWATCH_E2E_BASE_URL: server.baseUrl,
    RINGWATCH_E2E_ADMIN_KEY: adminKey,
    RINGWATCH_E2E_ADMIN_EMAIL: admin.email,
    RINGWATCH_E2E_ADMIN_PASSWORD: admin.password,
    RINGWATCH_E2E_WEBHOOK_PORT: String(webhookPort),
    RINGWATCH_E2E_ALERTMANAGER_PORT: String(alertmanagerPort),
  });
  return async () => {
    await server.stop();
    await storage.dispose();
  };
}
