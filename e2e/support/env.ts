/** RINGWATCH_PUBLIC_URL of the e2e server: links inside alerts start with it. */
export const E2E_PUBLIC_URL = "https://ringwatch.e2e.example";

/** What globalSetup publishes to the specs (through the environment, which workers inherit). */
export const testEnv = {
  get baseUrl() {
    return required("RINGWATCH_E2E_BASE_URL");
  },
  get adminKey() {
    return required("RINGWATCH_E2E_ADMIN_KEY");
  },
  get adminEmail() {
    return required("RINGWATCH_E2E_ADMIN_EMAIL");
  },
  get adminPassword() {
    return required("RINGWATCH_E2E_ADMIN_PASSWORD");
  },
  /** A loopback port listed in the app's RINGWATCH_WEBHOOK_ALLOW_HOSTS, for webhook receivers. */
  get webhookPort() {
    return Number(required("RINGWATCH_E2E_WEBHOOK_PORT"));
  },
  /** The port of RINGWATCH_ALERTMANAGER_URLS: nothing listens there until a spec starts Alertmanager. */
  get alertmanagerPort() {
    return Number(required("RINGWATCH_E2E_ALERTMANAGER_PORT"));
  },
  backend: process.env.RINGWATCH_TEST_BACKEND === "postgres" ? ("postgres" as const) : ("pglite" as const),
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the specs through playwright.config.ts (globalSetup starts the app).`);
  return value;
}
