import { expect, type Page } from "@playwright/test";
import { APP_PAGES, pagePath, type AppPage } from "../../components/shell/pages";
import { raiseBootLoopAnomaly } from "./anomalies";
import { appUrl } from "./browser";

export interface VisitablePage extends AppPage {
  /** The concrete path, dynamic segments filled with this spec's own data. */
  path: string;
}

/**
 * Seeds the spec's own deployment with a critical boot-loop anomaly on its own devices, so the detail
 * pages show real content (charts, evidence, affected devices), and lists every page with its path.
 */
export async function everyPageWithData(): Promise<VisitablePage[]> {
  const { deploymentId, anomalyId, devices } = await raiseBootLoopAnomaly();
  const ids = { "/deployments/[id]": deploymentId, "/anomalies/[id]": anomalyId, "/devices/[id]": devices[0] };
  return APP_PAGES.map((page) => ({ ...page, path: pagePath(page, ids) }));
}

/** Opens a page and waits until its h1 (and so its data) is on screen and the network is quiet. */
export async function openLoaded(page: Page, target: VisitablePage): Promise<void> {
  await page.goto(appUrl(target.path));
  const heading = page.getByRole("heading", { level: 1, ...(target.heading ? { name: target.heading } : {}) });
  await expect(heading.first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  // Skeletons are placeholders for data still in flight: the page is loaded once none is left.
  await expect(page.locator("[data-skeleton]")).toHaveCount(0);
}
