/**
 * Every environment variable the app reads: its type, range, default and a one-line description.
 * parse.ts turns an environment into typed settings with this schema, and the README's
 * configuration table is rendered from the same descriptions (table.test.ts keeps them equal).
 * A blank value counts as unset.
 */
import { z } from "zod";
import { DEFAULT_HEALTHY_PERIOD_SEC } from "../../core/detection/lifecycle";
import { RECOVERED_AFTER_MS } from "../../core/recovery/state";
import { alertmanagerLabel, alertmanagerTarget, type AlertmanagerTarget } from "../alerts/alertmanagerConfig";

export interface NumberRange {
  min: number;
  max: number;
  integer: boolean;
}

export interface VariableDoc {
  /** Completes "NAME must be ..." in error messages; the README's value column. */
  expects: string;
  /** One line for the README. */
  description: string;
  /** The default as the README shows it (markdown); none: unset leaves the feature off. */
  defaultText?: string;
  /** Numbers only: the range a value must lie in. */
  range?: NumberRange;
  /** Passwords, keys, connection strings: never echoed in an error message. */
  secret?: boolean;
}

export const variableDocs = z.registry<VariableDoc>();

/** Marks an issue whose message says which part of a list value is wrong. */
export const DETAIL = { detail: true } as const;

function toNumber(raw: string, ctx: z.RefinementCtx): number {
  const value = Number(raw);
  if (Number.isNaN(value)) {
    ctx.addIssue({ code: "custom", message: "not a number" });
    return z.NEVER;
  }
  return value;
}

function numberVariable(noun: string, limits: { min: number; max: number; integer?: boolean }, fallback: number, description: string) {
  const range = { min: limits.min, max: limits.max, integer: limits.integer ?? false };
  const bounded = z.number().min(range.min).max(range.max);
  return z
    .string()
    .transform(toNumber)
    .pipe(range.integer ? bounded.int() : bounded)
    .default(fallback)
    .register(variableDocs, { expects: `a ${noun} from ${range.min} to ${range.max}`, description, defaultText: String(fallback), range });
}

function textVariable(expects: string, description: string, extra: Partial<VariableDoc> = {}, valid: (value: string) => boolean = () => true) {
  return z
    .string()
    .refine(valid)
    .optional()
    .register(variableDocs, { expects, description, ...extra });
}

function isHttpUrl(raw: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(raw).protocol);
  } catch {
    return false;
  }
}

function httpUrlVariable(description: string, defaultText?: string) {
  return z
    .string()
    .trim()
    .refine(isHttpUrl)
    .transform((url) => url.replace(/\/+$/, ""))
    .optional()
    .register(variableDocs, { expects: "an http:// or https:// URL", description, defaultText });
}

/** A list variable: entries split by `separator`, each parsed or reported by name. */
function listOf<T>(separator: string | RegExp, parse: (entry: string) => T | null, what: string) {
  return (raw: string, ctx: z.RefinementCtx): T[] => {
    const entries = raw
      .split(separator)
      .map((entry) => entry.trim())
      .filter(Boolean);
    const parsed = entries.map(parse);
    const bad = entries.find((_, i) => parsed[i] === null);
    if (bad === undefined) return parsed as T[];
    ctx.addIssue({ code: "custom", message: `'${bad}' is not ${what}`, params: DETAIL });
    return z.NEVER;
  };
}

const HOST_PORT = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_.-]+):(\d{1,5})$/;
const MAX_PORT = 65_535;
const hostPort = (entry: string) => {
  const host = entry.toLowerCase();
  const port = HOST_PORT.exec(host)?.[1];
  return port !== undefined && Number(port) <= MAX_PORT ? host : null;
};

const ONE_WEEK_SEC = 7 * 24 * 3600;
const TEN_YEARS_DAYS = 3650;

export const configSchema = z.object({
  PORT: numberVariable(
    "port number",
    { min: 0, max: MAX_PORT, integer: true },
    3000,
    "HTTP port of `npm start` (`--port` overrides it); also the port of links in alerts when `RINGWATCH_PUBLIC_URL` is unset",
  ),
  DATABASE_URL: textVariable(
    "a postgres:// or postgresql:// connection string",
    "PostgreSQL connection string; unset: the embedded database (PGlite) in `RINGWATCH_DATA_DIR`",
    { secret: true },
    (url) => /^postgres(ql)?:\/\//i.test(url),
  ),
  RINGWATCH_DATA_DIR: z.string().default(".data").register(variableDocs, {
    expects: "a folder path",
    description: "folder of the embedded database, relative to the working directory",
    defaultText: "`.data`",
  }),
  RINGWATCH_BOOTSTRAP_API_KEY: textVariable("any text", "an admin API key with exactly this secret exists (created at start-up if missing)", { secret: true }),
  RINGWATCH_ADMIN_EMAIL: textVariable(
    "an email address",
    "with `RINGWATCH_ADMIN_PASSWORD`: that admin user exists (created or promoted at start-up)",
    {},
    (email) => /^[^\s@]+@[^\s@]+$/.test(email),
  ),
  RINGWATCH_ADMIN_PASSWORD: textVariable(
    "any text",
    "with `RINGWATCH_ADMIN_EMAIL`: the password that admin user is created with (an existing user keeps theirs)",
    { secret: true },
  ),
  NEXTAUTH_SECRET: textVariable("any text", "session signing secret; unset: generated once and kept in the database", {
    secret: true,
    defaultText: "generated",
  }),
  NEXTAUTH_URL: httpUrlVariable("the app's URL for sign-in redirects and cookies (next-auth reads it too); unset: each request's own host"),
  RINGWATCH_PUBLIC_URL: httpUrlVariable(
    "base URL of links inside alerts and of the OpenAPI document; browser changes may come from it; an https URL turns on HSTS",
    "`http://localhost:PORT` in alerts",
  ),
  RINGWATCH_WEBHOOK_ALLOW_HOSTS: z
    .string()
    .transform(listOf(",", hostPort, "host:port"))
    .transform((hosts): ReadonlySet<string> => new Set(hosts))
    .default(() => new Set<string>())
    .register(variableDocs, {
      expects: "a comma-separated list of host:port",
      defaultText: "none",
      description: "hosts webhooks may reach although private or loopback (tests, on-prem receivers)",
    }),
  RINGWATCH_DETECTION_INTERVAL_SEC: numberVariable(
    "number of seconds",
    { min: 1, max: 3600 },
    10,
    "detection tick: how often the worker detects anomalies and promotes stages",
  ),
  RINGWATCH_ANOMALY_HEALTHY_SEC: numberVariable(
    "number of seconds",
    { min: 1, max: ONE_WEEK_SEC },
    DEFAULT_HEALTHY_PERIOD_SEC,
    "an anomaly resolves by itself after this long without its signal",
  ),
  RINGWATCH_RECOVERY_STABLE_SEC: numberVariable(
    "number of seconds",
    { min: 1, max: 86_400 },
    RECOVERED_AFTER_MS / 1000,
    "a device an anomaly affected counts as recovered after this long of healthy heartbeats on a good version",
  ),
  RINGWATCH_ALERTMANAGER_URLS: z
    .string()
    .transform(listOf(/[\s,]+/, alertmanagerTarget, "an http(s) URL"))
    .default((): AlertmanagerTarget[] => [])
    .register(variableDocs, {
      expects: "http:// or https:// base URLs separated by commas or spaces",
      description: "Alertmanagers to push anomalies to (every one gets every alert); unset: no push",
    }),
  RINGWATCH_ALERTMANAGER_RESEND_SEC: numberVariable(
    "number of seconds",
    { min: 1, max: 3600 },
    60,
    "re-send period of firing alerts; each stays firing four periods",
  ),
  RINGWATCH_ALERTMANAGER_LABELS: z
    .string()
    .transform(listOf(",", alertmanagerLabel, "name=value with a Prometheus label name"))
    .transform((pairs): Record<string, string> => Object.fromEntries(pairs))
    .default(() => ({}))
    .register(variableDocs, {
      expects: "comma-separated name=value pairs (Prometheus label names)",
      defaultText: "none",
      description: "extra labels on every pushed alert, for Alertmanager routing",
    }),
  RINGWATCH_ALERT_RETENTION_DAYS: numberVariable(
    "number of days",
    { min: 1, max: TEN_YEARS_DAYS },
    30,
    "delivered and dead alert history is pruned after this many days",
  ),
  RINGWATCH_API_RATE_LIMIT: numberVariable(
    "number of requests per second",
    { min: 1, max: 10_000_000 },
    2000,
    "requests per second per API key unless the key sets its own (a fleet often shares one ingest key)",
  ),
  RINGWATCH_TRUST_FORWARDED_FOR: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .default(false)
    .register(variableDocs, {
      expects: "true or false",
      defaultText: "false",
      description:
        "`true` only behind a reverse proxy that appends `X-Forwarded-For`: the limits on requests without valid credentials (10/s, bursts of 100, " +
        "then 429) and on sign-ins (20 quick tries, then one every 2 s) count per the address that proxy saw. " +
        "Otherwise the socket's address counts, so behind a proxy every client shares the proxy's allowance",
    }),
  NEXT_MANUAL_SIG_HANDLE: z
    .string()
    .transform(() => true)
    .default(false)
    .register(variableDocs, {
      expects: "any text",
      defaultText: "unset",
      description: "set (to anything): `npm start` leaves SIGINT and SIGTERM to the caller, as `next start` does",
    }),
});

export type VariableName = keyof typeof configSchema.shape;

export const VARIABLE_NAMES = Object.keys(configSchema.shape) as VariableName[];

/** Variables that only work together: setting one without the other is a mistake, not a choice. */
export const PAIRED_VARIABLES: readonly [VariableName, VariableName][] = [["RINGWATCH_ADMIN_EMAIL", "RINGWATCH_ADMIN_PASSWORD"]];

export function docOf(name: VariableName): VariableDoc {
  const doc = variableDocs.get(configSchema.shape[name]);
  if (!doc) throw new Error(`${name} has no description in server/config/variables.ts`);
  return doc;
}
