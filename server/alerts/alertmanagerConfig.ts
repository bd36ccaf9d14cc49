/**
 * Alertmanager push settings, from the environment. The URLs are the operator's, not a web user's,
 * so the webhook SSRF guard does not apply: Alertmanager usually sits on a private network.
 *
 *   RINGWATCH_ALERTMANAGER_URLS        http://am-1:9093,http://am-2:9093 (every one gets every alert, as Prometheus does)
 *   RINGWATCH_ALERTMANAGER_RESEND_SEC  re-send period of firing alerts (default 60); they stay firing 4x that long
 *   RINGWATCH_ALERTMANAGER_LABELS      env=prod,team=endpoint: extra labels for routing
 */

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

const DEFAULT_RESEND_SEC = 60;
/** Prometheus keeps an alert firing for 4 re-send periods: one or two lost pushes do not resolve it. */
const HOLD_PERIODS = 4;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const PUSH_PATH = "/api/v2/alerts";

export class AlertmanagerConfigError extends Error {}

function target(raw: string): AlertmanagerTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AlertmanagerConfigError(`RINGWATCH_ALERTMANAGER_URLS: "${raw}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AlertmanagerConfigError(`RINGWATCH_ALERTMANAGER_URLS: "${raw}" must be http or https`);
  const authorization = url.username ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}` : null;
  url.username = "";
  url.password = "";
  url.search = "";
  const path = url.pathname.replace(/\/+$/, "");
  const base = path.endsWith(PUSH_PATH) ? path.slice(0, -PUSH_PATH.length) : path;
  return { pushUrl: `${url.origin}${base}${PUSH_PATH}`, label: `${url.origin}${base}`, authorization };
}

function extraLabels(raw: string | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of (raw ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const at = pair.indexOf("=");
    const [name, value] = at < 0 ? [pair, ""] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    if (!LABEL_NAME.test(name) || !value) throw new AlertmanagerConfigError(`RINGWATCH_ALERTMANAGER_LABELS: "${pair}" must be name=value with a Prometheus label name`);
    labels[name] = value;
  }
  return labels;
}

/** null when no Alertmanager is configured; throws AlertmanagerConfigError on a setting that cannot work. */
export function alertmanagerConfig(env: Record<string, string | undefined> = process.env): AlertmanagerConfig | null {
  const urls = (env.RINGWATCH_ALERTMANAGER_URLS ?? "").split(/[\s,]+/).filter(Boolean);
  if (urls.length === 0) return null;
  const resend = Number(env.RINGWATCH_ALERTMANAGER_RESEND_SEC ?? DEFAULT_RESEND_SEC);
  if (!Number.isFinite(resend) || resend <= 0) throw new AlertmanagerConfigError("RINGWATCH_ALERTMANAGER_RESEND_SEC must be a positive number of seconds");
  return { targets: urls.map(target), resendSec: resend, holdSec: resend * HOLD_PERIODS, extraLabels: extraLabels(env.RINGWATCH_ALERTMANAGER_LABELS) };
}

/** The settings, or why they cannot work: for the worker and the status page, which report rather than throw. */
export function readAlertmanagerSettings(env: Record<string, string | undefined> = process.env): { config: AlertmanagerConfig | null; error: string | null } {
  try {
    return { config: alertmanagerConfig(env), error: null };
  } catch (error) {
    if (!(error instanceof AlertmanagerConfigError)) throw error;
    return { config: null, error: error.message };
  }
}
