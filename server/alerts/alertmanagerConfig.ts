/**
 * Alertmanager push settings: RINGWATCH_ALERTMANAGER_URLS, _RESEND_SEC and _LABELS (server/config
 * validates them at start-up with the parsers below). The URLs are the operator's, not a web user's,
 * so the webhook SSRF guard does not apply: Alertmanager usually sits on a private network.
 */
import type { AppConfig } from "../config/parse";

export interface AlertmanagerTarget {
  /** Where alerts are posted: `<base>/api/v2/alerts`. */
  pushUrl: string;
  /** The URL without credentials, for logs, status and metrics. */
  label: string;
  /** From `user:password@` in the URL (fetch refuses credentials in URLs). */
  authorization: string | null;
}

export interface AlertmanagerConfig {
  targets: AlertmanagerTarget[];
  resendSec: number;
  holdSec: number;
  extraLabels: Record<string, string>;
}

export type AlertmanagerSettings = Pick<AppConfig, "RINGWATCH_ALERTMANAGER_URLS" | "RINGWATCH_ALERTMANAGER_RESEND_SEC" | "RINGWATCH_ALERTMANAGER_LABELS">;

/** Prometheus keeps an alert firing for 4 re-send periods: one or two lost pushes do not resolve it. */
const HOLD_PERIODS = 4;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const PUSH_PATH = "/api/v2/alerts";

/** `user:password@` as a Basic header; undefined when its percent-escapes are broken. */
function basicAuthorization(url: URL): string | null | undefined {
  if (!url.username) return null;
  try {
    return `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
  } catch {
    return undefined;
  }
}

/** Where one base URL's alerts go, or null when it is not an http(s) URL. */
export function alertmanagerTarget(raw: string): AlertmanagerTarget | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const authorization = basicAuthorization(url);
  if ((url.protocol !== "http:" && url.protocol !== "https:") || authorization === undefined) return null;
  url.username = "";
  url.password = "";
  url.search = "";
  const path = url.pathname.replace(/\/+$/, "");
  const base = path.endsWith(PUSH_PATH) ? path.slice(0, -PUSH_PATH.length) : path;
  return { pushUrl: `${url.origin}${base}${PUSH_PATH}`, label: `${url.origin}${base}`, authorization };
}

/** One `name=value` pair with a Prometheus label name and a value, or null. */
export function alertmanagerLabel(pair: string): [name: string, value: string] | null {
  const at = pair.indexOf("=");
  const [name, value] = at < 0 ? [pair, ""] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
  return LABEL_NAME.test(name) && value ? [name, value] : null;
}

/** null when no Alertmanager is configured. */
export function alertmanagerConfig(settings: AlertmanagerSettings): AlertmanagerConfig | null {
  const targets = settings.RINGWATCH_ALERTMANAGER_URLS;
  if (targets.length === 0) return null;
  const resendSec = settings.RINGWATCH_ALERTMANAGER_RESEND_SEC;
  return { targets: [...targets], resendSec, holdSec: resendSec * HOLD_PERIODS, extraLabels: { ...settings.RINGWATCH_ALERTMANAGER_LABELS } };
}
