/**
 * Signs in to a running Ringwatch and saves screenshots of the main pages (README, reviews).
 * Usage: tsx scripts/dev/screenshots.ts --base-url http://127.0.0.1:3000 --email E --password P [--out docs/screenshots] [--dark]
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://127.0.0.1:3000" },
    email: { type: "string" },
    password: { type: "string" },
    out: { type: "string", default: "docs/screenshots" },
    dark: { type: "boolean", default: false },
    pages: { type: "string", default: "/overview,/devices,/settings/api-keys" },
  },
});

async function main() {
  if (!values.email || !values.password) throw new Error("--email and --password are required");
  mkdirSync(values.out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking"],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: values.dark ? "dark" : "light" });
  const page = await context.newPage();
  await page.goto(`${values["base-url"]}/login`);
  await page.getByLabel("Email").fill(values.email);
  await page.getByLabel("Password").fill(values.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/overview/);
  for (const pathname of values.pages.split(",")) {
    await page.goto(`${values["base-url"]}${pathname}`);
    await page.waitForLoadState("networkidle");
    const file = path.join(values.out, `${pathname.replace(/^\//, "").replace(/[/?=&]/g, "-") || "home"}${values.dark ? "-dark" : ""}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`saved ${file}`);
  }
  await browser.close();
}

await main();
