import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_PAGES, NOT_FOUND_ROUTES, pagePath, REDIRECT_ROUTES } from "./pages";

/** Every `page.tsx` under app/, as the route Next serves it (route groups such as `(app)` vanish). */
function routesUnderApp(dir = "app", prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") routes.push(prefix || "/");
    if (!entry.isDirectory() || entry.name === "api") continue;
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
    routes.push(...routesUnderApp(path.join(dir, entry.name), prefix + segment));
  }
  return routes;
}

describe("the page list", () => {
  it("names every page under app/ exactly once, and nothing else", () => {
    const listed = [...APP_PAGES.map((p) => p.route), ...REDIRECT_ROUTES, ...NOT_FOUND_ROUTES].sort();
    expect(listed).toEqual(routesUnderApp().sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("fills a dynamic segment with the id given for its route, and refuses to guess one", () => {
    const deployment = APP_PAGES.find((p) => p.route === "/deployments/[id]")!;
    expect(pagePath(deployment, { "/deployments/[id]": "a b" })).toBe("/deployments/a%20b");
    expect(() => pagePath(deployment)).toThrow(/no id/);
    expect(pagePath(APP_PAGES[0])).toBe("/login");
  });
});
