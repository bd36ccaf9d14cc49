import type { Severity } from "../../../schemas/anomalies";
import { ALERT_TYPES, type AlertType, type WebhookFormat, type WebhookView } from "../../../schemas/webhooks";
import { redactedUrl } from "../audit/targetNames";

/** A webhooks row read with these columns fits webhookView; a NULL filter reads as empty, as Prisma reads it. */
export const WEBHOOK_COLUMNS = `id::text AS id, url, format, secret, min_severity AS "minSeverity", COALESCE(rings, '{}') AS rings,
  COALESCE(events, '{}') AS events, enabled, failing_since AS "failingSince", consecutive_failures AS "consecutiveFailures",
  created_by AS "createdBy", created_at AS "createdAt"`;

export interface WebhookRecord {
  id: string;
  url: string;
  format: string;
  secret: string | null;
  minSeverity: string;
  rings: string[];
  events: string[];
  enabled: boolean;
  failingSince: Date | null;
  consecutiveFailures: number;
  createdBy: string | null;
  createdAt: Date;
}

/** How much of a secret the API shows again after creation: enough to recognise it. */
const HINT_CHARS = 10;

/**
 * Prisma reads a NULL text[] back as an empty list; an empty filter is never stored (the schema
 * requires at least one entry), so empty means "no filter" here.
 */
const filterOf = <T extends string>(list: string[]): T[] | null => (list.length ? (list as T[]) : null);

export function webhookView(row: WebhookRecord): WebhookView {
  return {
    id: row.id,
    url: row.url,
    format: row.format as WebhookFormat,
    secretHint: row.secret ? `${row.secret.slice(0, HINT_CHARS)}…` : null,
    minSeverity: row.minSeverity as Severity,
    rings: filterOf(row.rings),
    events: filterOf<AlertType>(row.events)?.filter((e) => (ALERT_TYPES as readonly string[]).includes(e)) ?? null,
    enabled: row.enabled,
    failing: row.failingSince !== null,
    failingSince: row.failingSince?.toISOString() ?? null,
    consecutiveFailures: row.consecutiveFailures,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a webhook's settings: never the secret, and the URL redacted (see redactedUrl). */
export function webhookSettings(row: WebhookRecord) {
  return { format: row.format, url: row.url, minSeverity: row.minSeverity, rings: filterOf(row.rings), events: filterOf(row.events), enabled: row.enabled };
}

export function redactSettings<T extends { url?: string }>(settings: T): T {
  return settings.url === undefined ? settings : { ...settings, url: redactedUrl(settings.url) };
}
