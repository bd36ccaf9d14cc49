/**
 * Every page of the app, in one place: the overflow, accessibility and screenshot runs visit each of
 * them, and a unit test fails when a page exists under `app/` that is not listed here (or the reverse).
 * Dynamic segments are filled in by whoever visits (`[id]` of a seeded deployment, anomaly or device).
 */
export interface AppPage {
  /** The route as Next names it, with `[id]` for a dynamic segment. */
  route: string;
  /** What the page is, for file names and test titles. */
  name: string;
  /** The h1 the page shows once it has loaded; absent where it names the thing shown. */
  heading?: string;
  /** Whether the page needs a session (all but the sign-in page). */
  signedIn: boolean;
}

export const APP_PAGES: readonly AppPage[] = [
  { route: "/login", name: "login", heading: "Sign in to Ringwatch", signedIn: false },
  { route: "/overview", name: "overview", heading: "Overview", signedIn: true },
  { route: "/deployments", name: "deployments", heading: "Deployments", signedIn: true },
  { route: "/deployments/[id]", name: "deployment", signedIn: true },
  { route: "/anomalies", name: "anomalies", heading: "Anomalies", signedIn: true },
  { route: "/anomalies/[id]", name: "anomaly", signedIn: true },
  { route: "/remediation", name: "remediation", heading: "Remediation", signedIn: true },
  { route: "/alerts", name: "alerts", heading: "Alerts", signedIn: true },
  { route: "/devices", name: "devices", heading: "Devices", signedIn: true },
  { route: "/devices/[id]", name: "device", signedIn: true },
  { route: "/audit", name: "audit", heading: "Audit log", signedIn: true },
  { route: "/settings/users", name: "settings-users", heading: "Settings", signedIn: true },
  { route: "/settings/api-keys", name: "settings-api-keys", heading: "Settings", signedIn: true },
  { route: "/settings/webhooks", name: "settings-webhooks", heading: "Settings", signedIn: true },
  { route: "/settings/rings", name: "settings-rings", heading: "Settings", signedIn: true },
];

/** Routes under `app/` that only redirect (/ → /overview, /settings → its first tab): nothing to look at. */
export const REDIRECT_ROUTES: readonly string[] = ["/", "/settings"];

/** The concrete path of a page, its `[id]` replaced by the id given for that route. */
export function pagePath(page: AppPage, ids: Partial<Record<string, string>> = {}): string {
  if (!page.route.includes("[id]")) return page.route;
  const id = ids[page.route];
  if (!id) throw new Error(`no id given for ${page.route}`);
  return page.route.replace("[id]", encodeURIComponent(id));
}
