import { defineConfig } from "@playwright/test";

const backend = process.env.RINGWATCH_TEST_BACKEND === "postgres" ? "postgres" : "pglite";

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/support/globalSetup.ts",
  // One app server per run; specs share it, so they run one worker at a time on this 2-core machine.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: `test-results/${backend}`,
  reporter: [["list"], ["json", { outputFile: `test-results/playwright-${backend}.json` }]],
  use: {
    browserName: "chromium",
    viewport: { width: 1366, height: 860 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // This machine has no outside network: keep Chromium from trying to reach it.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
});
