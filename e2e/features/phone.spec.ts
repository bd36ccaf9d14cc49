import { expect, type Browser, type Page } from "@playwright/test";
import { APP_PAGES } from "../../components/shell/pages";
import { call, createApiKey, heartbeat, unique } from "../support/api";
import { adminTest as test, appUrl, pathIs } from "../support/browser";
import { everyPageWithData, openLoaded, type VisitablePage } from "../support/everyPage";

/** An iPhone 14/15 held upright, and the narrowest phones still sold (many Android phones). */
const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 780 },
];
/** WCAG 2.5.5's target size, Apple's and Google's minimum for a thumb. */
const THUMB_PX = 44;

let pages: VisitablePage[];
test.beforeAll(async () => {
  pages = await everyPageWithData();
  // Agents report whatever they like: a long unbroken component name and version must not widen a card
  // (the overview's version legend did, with a property test's generated version, in a CI run).
  const key = await createApiKey(["ingest"]);
  const long = heartbeat(unique("long"), { ring: "canary", hostname: `${"h".repeat(120)}.example`, versions: { [`c${"x".repeat(60)}`]: "v".repeat(128) } });
  expect((await call("POST", "/api/v1/ingest", { key, json: { events: [long] } })).status).toBe(202);
});

/**
 * How wide the document is against the screen, and the elements that make it so: those sticking out
 * past the right edge with no ancestor that scrolls or clips them (a table in its own scroller is fine).
 */
function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== "visible") return true;
      return false;
    };
    const sticking = [...document.body.querySelectorAll<HTMLElement>("*")].filter(
      (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !clipped(el),
    );
    // An absolutely placed element (an sr-only label) escapes a scroller that is not its containing block: list those too.
    const placed = [...document.body.querySelectorAll<HTMLElement>("*")].filter(
      (el) => getComputedStyle(el).position === "absolute" && el.getBoundingClientRect().right > root.clientWidth + 0.5,
    );
    const outermost = [...sticking.filter((el) => !sticking.includes(el.parentElement as HTMLElement)), ...placed];
    const describe = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 8).join(".")} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      culprits: outermost.slice(0, 5).map((el) => `${describe(el)} (${Math.round(el.getBoundingClientRect().right)}px)`),
    };
  });
}

async function signedOutPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport });
  return context.newPage();
}

for (const viewport of PHONES) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const { name } of APP_PAGES) {
      test(`${name}: the page does not scroll sideways`, async ({ page, browser }) => {
        const target = pages.find((p) => p.name === name)!;
        const tab = target.signedIn ? page : await signedOutPage(browser, viewport);
        await openLoaded(tab, target);
        const width = await sideways(tab);
        expect(width.scrollWidth, `wider than the screen: ${width.culprits.join(", ")}`).toBeLessThanOrEqual(width.clientWidth);
        if (!target.signedIn) await tab.context().close();
      });
    }
  });
}

test.describe("the phone's shell at 390 px", () => {
  test.use({ viewport: PHONES[0] });

  const menu = (page: Page) => page.getByRole("button", { name: "Menu", exact: true });
  const drawer = (page: Page) => page.getByRole("dialog", { name: "Navigation" });

  test("the sidebar is a top bar: logo, one bell, the palette and the menu; the links wait in the drawer", async ({ page }) => {
    await page.goto(appUrl("/overview"));
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Alerts, / })).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Search…" })).toHaveCount(1);
    for (const control of [menu(page), page.getByRole("button", { name: /^Alerts, / }), page.getByRole("button", { name: "Search…" })]) {
      const box = (await control.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(THUMB_PX);
      expect(box.y).toBeLessThan(THUMB_PX + 16);
    }
    await page.getByRole("button", { name: "Search…" }).click();
    await expect(page.getByRole("dialog", { name: "Command palette" })).toBeVisible();
  });

  test("the bell's panel opens under the top bar, within the screen", async ({ page }) => {
    await page.goto(appUrl("/overview"));
    const bell = page.getByRole("button", { name: /^Alerts, / });
    await bell.click();
    const panel = page.getByRole("region", { name: "Recent alerts" });
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONES[0].width);
    expect(box.y).toBeGreaterThanOrEqual((await bell.boundingBox())!.y + THUMB_PX);
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(bell).toBeFocused();
  });

  test("the drawer is modal: focus inside, the page fixed behind it, Escape closes it and focus returns to the menu button", async ({ page }) => {
    await page.goto(appUrl("/overview"));
    await expect(menu(page)).toHaveAttribute("aria-expanded", "false");
    await menu(page).click();
    await expect(drawer(page)).toBeVisible();
    await expect(menu(page)).toHaveAttribute("aria-expanded", "true");
    await expect(drawer(page).getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deployments" })).toBeVisible();
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog[open]")))).toBe(true);
    // Tab cycles inside the drawer: the page behind it is inert.
    for (let i = 0; i < 12; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog[open]")))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe("hidden");
    await page.keyboard.press("Escape");
    await expect(drawer(page)).toBeHidden();
    await expect(menu(page)).toBeFocused();
    await expect(menu(page)).toHaveAttribute("aria-expanded", "false");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe("hidden");
  });

  test("a link in the drawer navigates and closes it; a tap on the backdrop closes it too", async ({ page }) => {
    await page.goto(appUrl("/overview"));
    await menu(page).click();
    await drawer(page).getByRole("link", { name: "Deployments" }).click();
    await page.waitForURL(pathIs("/deployments"));
    await expect(page.getByRole("heading", { level: 1, name: "Deployments" })).toBeVisible();
    await expect(drawer(page)).toBeHidden();
    await expect(menu(page)).toHaveAttribute("aria-expanded", "false");

    await menu(page).click();
    await expect(drawer(page)).toBeVisible();
    const panel = (await drawer(page).boundingBox())!;
    await page.mouse.click(panel.x + panel.width + 30, PHONES[0].height / 2);
    await expect(drawer(page)).toBeHidden();
    await expect(page).toHaveURL(appUrl("/deployments"));
  });
});

test.describe("on-call actions at 390 px", () => {
  test.use({ viewport: PHONES[0] });

  /** A running deployment of this spec's own, without auto-pause, so Pause is on offer. */
  async function runningDeployment(): Promise<string> {
    const key = await createApiKey(["ingest"]);
    const component = unique("phone");
    const ingested = await call("POST", "/api/v1/ingest", { key, json: { events: [heartbeat(unique("phone-dev"), { intervalSec: 3600 })] } });
    expect(ingested.status, ingested.text).toBe(202);
    const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "1.0.0" } });
    const deployment = await call<{ id: string }>("POST", "/api/v1/deployments", {
      json: { releaseId: release.body.id, stages: [{ ring: "canary", bakeSeconds: 3600 }], autoPause: false },
    });
    expect(deployment.status, deployment.text).toBe(201);
    return deployment.body.id;
  }

  /** At the foot of the screen, within a thumb's reach, and a full target. */
  async function expectUnderThumb(page: Page, name: string) {
    const button = page.getByRole("button", { name, exact: true });
    await expect(button).toBeVisible();
    const box = (await button.boundingBox())!;
    expect(box.height, `${name} height`).toBeGreaterThanOrEqual(THUMB_PX);
    expect(box.width, `${name} width`).toBeGreaterThanOrEqual(THUMB_PX);
    expect(box.y + box.height, `${name} on screen`).toBeLessThanOrEqual(PHONES[0].height);
    expect(box.y, `${name} in the lower half`).toBeGreaterThan(PHONES[0].height / 2);
  }

  test("the deployment's Pause sits in the bottom bar, and still asks first, in a bottom sheet", async ({ page }) => {
    const id = await runningDeployment();
    await page.goto(appUrl(`/deployments/${id}`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectUnderThumb(page, "Pause");
    // Scrolled to the end of the page, the bar is still there.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectUnderThumb(page, "Pause");

    await page.getByRole("button", { name: "Pause", exact: true }).click();
    const sheet = page.getByRole("dialog", { name: "Pause this deployment?" });
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(PHONES[0].height);
    expect(Math.round(box.width)).toBe(PHONES[0].width);
    const cancel = sheet.getByRole("button", { name: "Cancel" });
    expect((await cancel.boundingBox())!.height).toBeGreaterThanOrEqual(THUMB_PX);
    await cancel.click();
    await expect(sheet).toBeHidden();
    const after = await call<{ status: string }>("GET", `/api/v1/deployments/${id}`);
    expect(after.body.status, "cancelling the sheet leaves the deployment as it was").toBe("active");
  });

  test("the anomaly's triage and its deployment's actions sit in the bottom bar", async ({ page }) => {
    const anomaly = pages.find((p) => p.name === "anomaly")!;
    await openLoaded(page, anomaly);
    await expectUnderThumb(page, "Acknowledge");
    await expectUnderThumb(page, "Resolve");
    const deploymentActions = page.getByRole("group", { name: "Deployment actions" });
    await expect(deploymentActions.getByRole("button").first()).toBeVisible();
    for (const button of await deploymentActions.getByRole("button").all()) {
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(THUMB_PX);
    }
  });
});
