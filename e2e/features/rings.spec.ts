import { expect, type Page, type Request } from "@playwright/test";
import { call } from "../support/api";
import { adminTest as test, appUrl } from "../support/browser";

interface RingItem {
  id: string;
  name: string;
  order: number;
  percent: number | null;
}

/** The split a fresh install starts with; other specs rely on it, so every test here leaves it as found. */
const DEFAULT_SPLIT = { canary: 1, early: 9, broad: 90 };

async function listedRings(): Promise<Record<string, RingItem>> {
  const listed = await call<{ items: RingItem[] }>("GET", "/api/v1/rings");
  expect(listed.status, listed.text).toBe(200);
  return Object.fromEntries(listed.body.items.map((ring) => [ring.name, ring]));
}

async function listedPercents(): Promise<Record<string, number | null>> {
  return Object.fromEntries(Object.values(await listedRings()).map((ring) => [ring.name, ring.percent]));
}

async function openRings(page: Page) {
  await page.goto(appUrl("/settings/rings"));
  const card = page.getByRole("region", { name: "Rings", exact: true });
  await expect(card.getByRole("table", { name: "Rings in rollout order" })).toBeVisible();
  return {
    card,
    percentOf: (ring: string) => card.getByLabel(`Percent of ${ring}`, { exact: true }),
    save: card.getByRole("button", { name: "Save changes", exact: true }),
    discard: card.getByRole("button", { name: "Discard", exact: true }),
    saved: card.getByRole("status").filter({ hasText: "Saved" }),
  };
}

const isRingsPatch = (request: Request) => request.method() === "PATCH" && new URL(request.url()).pathname === "/api/v1/rings";

test.describe("settings: rings", () => {
  // A safety net only: the tests restore the split through the UI, but a failure half-way must not leak into other specs.
  test.afterEach(async () => {
    const rings = await listedRings();
    const back = Object.entries(DEFAULT_SPLIT)
      .filter(([name, percent]) => rings[name] && rings[name].percent !== percent)
      .map(([name, percent]) => ({ id: rings[name].id, percent }));
    if (back.length === 0) return;
    const restored = await call("PATCH", "/api/v1/rings", { json: { rings: back } });
    expect(restored.status, restored.text).toBe(200);
  });

  test("an admin rebalances two rings in one save, and puts them back", async ({ page }) => {
    expect(await listedPercents()).toMatchObject(DEFAULT_SPLIT);
    const ids = Object.fromEntries(Object.values(await listedRings()).map((ring) => [ring.name, ring.id]));
    const rings = await openRings(page);
    await expect(rings.percentOf("canary")).toHaveValue("1");
    await expect(rings.percentOf("broad")).toHaveValue("90");
    await expect(rings.save).toBeDisabled();
    await expect(rings.discard).toBeDisabled();

    // One row alone breaks the sum, and the running total says so before anything is sent.
    await rings.percentOf("canary").fill("2");
    await expect(rings.card).toContainText("Not 100%: 1% over");
    await rings.percentOf("broad").fill("89");
    await expect(rings.card).not.toContainText("Not 100%");
    await expect(rings.save).toBeEnabled();

    const patch = page.waitForRequest(isRingsPatch);
    await rings.save.click();
    // Both rows travel in one request, with only what changed.
    const sent = (await patch).postDataJSON() as { rings: unknown[] };
    expect(sent.rings).toHaveLength(2);
    expect(sent.rings).toEqual(
      expect.arrayContaining([
        { id: ids.canary, percent: 2 },
        { id: ids.broad, percent: 89 },
      ]),
    );
    await expect(rings.saved).toHaveText("Saved canary, broad.");
    await expect(rings.save).toBeDisabled();

    await page.reload();
    await expect(rings.percentOf("canary")).toHaveValue("2");
    await expect(rings.percentOf("broad")).toHaveValue("89");
    await expect(rings.percentOf("early")).toHaveValue("9");
    expect(await listedPercents()).toMatchObject({ canary: 2, early: 9, broad: 89 });

    // Back to the default split, which other specs rely on.
    await rings.percentOf("canary").fill("1");
    await rings.percentOf("broad").fill("90");
    await rings.save.click();
    await expect(rings.saved).toHaveText("Saved canary, broad.");
    expect(await listedPercents()).toMatchObject(DEFAULT_SPLIT);
    await page.reload();
    await expect(rings.percentOf("canary")).toHaveValue("1");
    await expect(rings.percentOf("broad")).toHaveValue("90");
  });

  test("a change that breaks the sum shows the server's reason and changes nothing", async ({ page }) => {
    expect(await listedPercents()).toMatchObject(DEFAULT_SPLIT);
    const rings = await openRings(page);
    await rings.percentOf("canary").fill("5");
    await expect(rings.card).toContainText("Not 100%: 4% over");

    // The button stays usable: the server has the last word, and its message says why.
    await rings.save.click();
    const refusal = rings.card.getByRole("alert").filter({ hasText: "sum to 100" });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText("Ring percentages must sum to 100");
    // The draft is kept so it can be fixed, until discarded.
    await expect(rings.percentOf("canary")).toHaveValue("5");
    await expect(rings.save).toBeEnabled();
    await rings.discard.click();
    await expect(rings.percentOf("canary")).toHaveValue("1");
    await expect(refusal).toHaveCount(0);
    await expect(rings.save).toBeDisabled();

    expect(await listedPercents()).toMatchObject(DEFAULT_SPLIT);
    await page.reload();
    await expect(rings.percentOf("canary")).toHaveValue("1");
    await expect(rings.percentOf("broad")).toHaveValue("90");
  });
});
