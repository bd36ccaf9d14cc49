import { parse } from "csv-parse/sync";
import { expect, type Page } from "@playwright/test";
import { call, createApiKey, heartbeat, isoAgo, unique } from "../support/api";
import { raiseBootLoopAnomaly } from "../support/anomalies";
import { adminTest as test, appUrl } from "../support/browser";

type Page_<T> = { items: T[]; nextCursor: string | null; total: number; totalIsLowerBound: boolean };

/** This spec's own devices: 7 under one prefix, 3 of them crashed; one hostname that starts like a formula. */
const prefix = unique("lst");
const devices = Array.from({ length: 7 }, (_, i) => `${prefix}-${i}`);
const crashed = devices.slice(0, 3);
let agentKey: string;
let seeded: Awaited<ReturnType<typeof raiseBootLoopAnomaly>>;
let component: string;

const csvRows = (text: string): string[][] => parse(text, { record_delimiter: "\r\n" });

/** Every item the list gives for `query`, following nextCursor. */
async function pageThrough<T>(path: string, query: string, limit = 3): Promise<{ items: T[]; totals: number[] }> {
  const items: T[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  do {
    const answer: { status: number; text: string; body: Page_<T> } = await call<Page_<T>>(
      "GET",
      `${path}?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.totalIsLowerBound).toBe(false);
    items.push(...answer.body.items);
    totals.push(answer.body.total);
    cursor = answer.body.nextCursor;
  } while (cursor);
  return { items, totals };
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  agentKey = await createApiKey(["ingest"]);
  const events = [
    ...devices.map((d, i) => heartbeat(d, { ts: isoAgo(60), intervalSec: 3600, hostname: i === 6 ? `=HYPERLINK("evil");${d}` : `${d}.corp.example` })),
    ...crashed.map((d) => ({ type: "crash", deviceId: d, ts: isoAgo(30), kind: "kernel", code: "0x50" })),
  ];
  const answer = await call("POST", "/api/v1/ingest", { key: agentKey, json: { events } });
  expect(answer.status, answer.text).toBe(202);
  seeded = await raiseBootLoopAnomaly();
  component = (await call<{ component: string }>("GET", `/api/v1/deployments/${seeded.deploymentId}`)).body.component;
});

test.afterAll(async () => seeded?.repair());

test.describe("totals", () => {
  test("every list's total is the number of items paging through it gives, whatever the page", async () => {
    const cases: [string, string, number][] = [
      ["/api/v1/devices", `q=${prefix}`, 7],
      ["/api/v1/devices", `q=${prefix}&state=crashed`, 3],
      ["/api/v1/deployments", `q=${component}`, 1],
      ["/api/v1/anomalies", `deploymentId=${seeded.deploymentId}&kind=boot_loop`, 1],
      ["/api/v1/remediation", `anomalyId=${seeded.anomalyId}`, 8],
      [`/api/v1/anomalies/${seeded.anomalyId}/devices`, "state=unhealthy", 8],
      ["/api/v1/audit", `targetType=deployment&targetId=${seeded.deploymentId}`, 0],
    ];
    for (const [path, query, expected] of cases) {
      const { items, totals } = await pageThrough(path, query);
      if (expected > 0) expect(items.length, `${path}?${query}`).toBe(expected);
      for (const total of totals) expect(total, `${path}?${query}`).toBe(items.length);
    }
  });

  test("the devices page shows where each page sits in the filtered list", async ({ page }) => {
    await page.goto(appUrl(`/devices?q=${prefix}&state=crashed`));
    await expect(page.getByRole("navigation", { name: "Device pages" }).getByText("Devices 1–3 of 3")).toBeVisible();
  });
});

test.describe("CSV export", () => {
  test("each list downloads every row its filters match, quoted, formulas made literal, with a dated file name", async () => {
    const cases: [string, string, string, number, (rows: string[][]) => void][] = [
      [
        "/api/v1/devices",
        `q=${prefix}`,
        "devices",
        7,
        (rows) => {
          const hostnames = rows.map((r) => r[1]);
          expect(hostnames).toContain(`'=HYPERLINK("evil");${prefix}-6`);
          expect(rows.map((r) => r[0]).sort()).toEqual([...devices].sort());
        },
      ],
      ["/api/v1/devices", `q=${prefix}&state=crashed`, "devices", 3, (rows) => expect(rows.map((r) => r[0]).sort()).toEqual([...crashed].sort())],
      ["/api/v1/deployments", `q=${component}`, "deployments", 1, (rows) => expect(rows[0][0]).toBe(seeded.deploymentId)],
      ["/api/v1/anomalies", `deploymentId=${seeded.deploymentId}&kind=boot_loop`, "anomalies", 1, (rows) => expect(rows[0][0]).toBe(seeded.anomalyId)],
      [
        "/api/v1/remediation",
        `anomalyId=${seeded.anomalyId}`,
        "remediation",
        8,
        (rows) => expect(rows.map((r) => r[0]).sort()).toEqual([...seeded.devices].sort()),
      ],
    ];
    for (const [path, query, name, count, check] of cases) {
      const answer = await call("GET", `${path}?${query}&format=csv`);
      expect(answer.status, answer.text).toBe(200);
      expect(answer.headers.get("content-type")).toContain("text/csv");
      expect(answer.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="ringwatch-${name}-\\d{8}T\\d{6}\\.csv"$`));
      const [header, ...rows] = csvRows(answer.text);
      expect(header.length, `${path} header`).toBeGreaterThan(3);
      expect(rows, `${path}?${query}`).toHaveLength(count);
      check(rows);
    }
  });

  test("a bad filter is still the contract's 400, not a broken file", async () => {
    const answer = await call<{ error: { code: string } }>("GET", "/api/v1/devices?version=1.0&format=csv");
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("invalid_request");
  });

  for (const [path, filtered] of [
    ["/devices", `q=${prefix}`],
    ["/deployments", `status=all&q=${"$component"}`],
    ["/anomalies", "severity=critical"],
    ["/remediation", "state=boot_loop"],
    ["/audit", "targetType=deployment"],
  ] as const) {
    test(`${path} has an Export CSV button that downloads under the page's filters`, async ({ page }) => {
      await page.goto(appUrl(`${path}?${filtered.replace("$component", component)}`));
      const filters = page.getByRole("search");
      const link = filters.getByRole("link", { name: "Export CSV" });
      await expect(link).toBeVisible();
      const href = new URL((await link.getAttribute("href"))!, appUrl("/"));
      expect(href.searchParams.get("format")).toBe("csv");
      for (const [key, value] of new URLSearchParams(filtered.replace("$component", component)))
        if (key !== "status" || path !== "/deployments") expect(href.searchParams.get(key)).toBe(value);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^ringwatch-[a-z]+-\d{8}T\d{6}\.csv$/);
    });
  }
});

async function deviceIds(page: Page): Promise<string[]> {
  const table = page.getByRole("table", { name: /Devices matching/ });
  await expect(table).toBeVisible();
  return (await table.locator("tbody tr td:first-child").allInnerTexts()).map((t) => t.trim().split(/\s/)[0]).sort();
}

test.describe("filters in the URL", () => {
  test("devices: chosen filters are in the link, survive a reload, and Back/Forward step through them", async ({ page }) => {
    await page.goto(appUrl("/devices"));
    await page.getByLabel("Search").fill(prefix);
    await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
    await expect(page.getByRole("navigation", { name: "Device pages" }).getByText("Devices 1–7 of 7")).toBeVisible();
    await page.getByLabel("State", { exact: true }).selectOption("crashed");
    await expect(page).toHaveURL(/state=crashed/);
    await expect(page.getByRole("navigation", { name: "Device pages" }).getByText("Devices 1–3 of 3")).toBeVisible();
    const rows = await deviceIds(page);

    await page.reload();
    await expect(page.getByLabel("Search")).toHaveValue(prefix);
    await expect(page.getByLabel("State", { exact: true })).toHaveValue("crashed");
    expect(await deviceIds(page)).toEqual(rows);

    await page.goBack();
    await expect(page.getByLabel("State", { exact: true })).toHaveValue("");
    await expect(page.getByRole("navigation", { name: "Device pages" }).getByText("Devices 1–7 of 7")).toBeVisible();
    await page.goForward();
    await expect(page.getByLabel("State", { exact: true })).toHaveValue("crashed");

    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page.getByLabel("Search")).toHaveValue("");
    await expect(page).toHaveURL(appUrl("/devices"));
  });

  test("audit log: the filter form writes the URL, a reload reopens it, Clear filters empties it", async ({ page }) => {
    await page.goto(appUrl("/audit"));
    const filters = page.getByRole("search", { name: "Filter the audit log" });
    await filters.getByLabel("Target type").selectOption("deployment");
    await filters.getByLabel("Action").fill("deployment.start");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/targetType=deployment/);
    await expect(page).toHaveURL(/action=deployment.start/);
    await page.reload();
    await expect(filters.getByLabel("Target type")).toHaveValue("deployment");
    await expect(filters.getByLabel("Action")).toHaveValue("deployment.start");
    await expect(page.getByRole("navigation", { name: "Audit log pages" })).toContainText(/Entries 1–\d+ of [\d,]+/);
    await filters.getByRole("button", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(appUrl("/audit"));
    await expect(filters.getByLabel("Action")).toHaveValue("");
  });

  test("deployments: the search text and tab are in the link", async ({ page }) => {
    await page.goto(appUrl(`/deployments?status=all&q=${component}`));
    await expect(page.getByLabel("Search")).toHaveValue(component);
    await expect(page.getByRole("navigation", { name: "Deployment pages" }).getByText("Deployments 1–1 of 1")).toBeVisible();
  });
});
