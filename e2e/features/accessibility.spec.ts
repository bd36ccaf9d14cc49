/**
 * WCAG 2.1 A/AA on every page and every overlay, in both themes, with axe-core
 * (@axe-core/playwright, pinned: the maintained Playwright binding of the standard a11y rule engine;
 * hand-written checks would cover a fraction of its rules). Only serious and critical violations fail
 * the run; the message lists each one's rule, targets and summary so it can be fixed without a rerun.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { adminTest } from "../support/browser";
import { everyPageWithData, openLoaded, type VisitablePage } from "../support/everyPage";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);
const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];

/** The app follows the system theme until someone picks one: emulate the system's. */
async function useTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
}

async function expectTheme(page: Page, theme: Theme) {
  await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
}

async function expectNoBlockingViolations(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const report = blocking
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      return `- ${v.id} (${v.impact}): ${v.help}\n${nodes}`;
    })
    .join("\n");
  // Soft: one run lists every page's violations, not only the first page's.
  expect.soft(blocking.length, `${what}: serious or critical WCAG 2.1 AA violations\n${report}`).toBe(0);
}

/** Enough Tab presses to pass the shell and reach each page's own controls. */
const TAB_STOPS = 40;

/**
 * Tabs through the page and names every element that takes keyboard focus without showing it: its
 * outline, ring (box-shadow) and background, and its row's, look the same focused and blurred.
 */
async function unseenFocus(page: Page): Promise<string[]> {
  const unseen = new Set<string>();
  await page.locator("body").focus();
  for (let i = 0; i < TAB_STOPS; i++) {
    await page.keyboard.press("Tab");
    const finding = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const row = el.closest("tr, li");
      // What focus can change: an outline or ring (box-shadow) on the element, a highlight on its row.
      const look = () =>
        [el, row]
          .filter((node): node is Element => node !== null)
          .map((node) => {
            const style = getComputedStyle(node);
            return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.boxShadow} ${style.backgroundColor}`;
          })
          .join("|");
      const focused = look();
      el.blur();
      const blurred = look();
      el.focus();
      if (focused !== blurred) return null;
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}> "${name}" (class: ${(el.getAttribute("class") ?? "").slice(0, 80)})`;
    });
    if (finding) unseen.add(finding);
  }
  return [...unseen];
}

let pages: VisitablePage[] = [];

base.beforeAll(async () => {
  pages = await everyPageWithData();
});

for (const theme of THEMES) {
  base.describe(`accessibility, ${theme} theme`, () => {
    base("the sign-in page", async ({ browser }) => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      await useTheme(page, theme);
      const login = pages.find((p) => !p.signedIn);
      if (!login) throw new Error("APP_PAGES has no sign-in page");
      await openLoaded(page, login);
      await expectTheme(page, theme);
      await expectNoBlockingViolations(page, `${login.name} (${theme})`);
      await context.close();
    });

    adminTest("every signed-in page", async ({ page }) => {
      adminTest.setTimeout(180_000);
      await useTheme(page, theme);
      for (const target of pages.filter((p) => p.signedIn)) {
        await openLoaded(page, target);
        await expectTheme(page, theme);
        await expectNoBlockingViolations(page, `${target.name} ${target.path} (${theme})`);
        const hidden = await unseenFocus(page);
        expect.soft(hidden, `${target.name} (${theme}): focus not visible on\n${hidden.join("\n")}`).toEqual([]);
      }
    });

    adminTest("the command palette, the shortcut sheet, a confirmation and the alert panel", async ({ page }) => {
      await useTheme(page, theme);
      const deployment = pages.find((p) => p.name === "deployment");
      if (!deployment) throw new Error("APP_PAGES has no deployment page");
      await openLoaded(page, deployment);

      await page.getByRole("button", { name: "Search…" }).click();
      const palette = page.getByRole("dialog", { name: "Command palette" });
      await expect(palette).toBeVisible();
      await expect(palette.getByRole("option").first()).toBeVisible();
      await expectNoBlockingViolations(page, `command palette (${theme})`);
      await page.keyboard.press("Escape");
      await expect(palette).toBeHidden();

      await page.locator("body").press("?");
      const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect(sheet).toBeVisible();
      await expectNoBlockingViolations(page, `shortcut sheet (${theme})`);
      await page.keyboard.press("Escape");
      await expect(sheet).toBeHidden();

      // Whichever action the deployment allows now (the anomaly may have paused it): all open the same dialog.
      await page
        .getByRole("button", { name: /^(Pause|Resume|Halt|Roll back|Promote)$/ })
        .first()
        .click();
      const confirm = page.getByRole("dialog");
      await expect(confirm).toBeVisible();
      await expectNoBlockingViolations(page, `confirmation dialog (${theme})`);
      await page.keyboard.press("Escape");
      await expect(confirm).toBeHidden();

      await page.getByRole("button", { name: /^Alerts, / }).click();
      await expect(page.getByRole("region", { name: "Recent alerts" })).toBeVisible();
      await expectNoBlockingViolations(page, `alert panel (${theme})`);
    });
  });
}
