import { randomBytes } from "node:crypto";
import { testEnv } from "./env";

export interface ApiAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Plain fetch against the app, so specs see exactly what any HTTP client would. */
export async function call<T = Record<string, unknown>>(
  method: string,
  pathname: string,
  options: { key?: string | null; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? testEnv.adminKey : options.key;
  if (key) headers.authorization = `Bearer ${key}`;
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(`${testEnv.baseUrl}${pathname}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export async function createApiKey(scopes: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const answer = await call<{ secret: string }>("POST", "/api/v1/api-keys", { json: { name: `e2e-${scopes.join("+")}`, scopes, ...extra } });
  if (answer.status !== 201) throw new Error(`could not create key: ${answer.status} ${answer.text}`);
  return answer.body.secret;
}

export async function createUser(role: string): Promise<{ id: string; email: string; password: string }> {
  const user = { email: `${role}-${randomBytes(4).toString("hex")}@ringwatch.test`, password: `pw-${randomBytes(8).toString("hex")}` };
  const answer = await call<{ id: string }>("POST", "/api/v1/users", { json: { ...user, name: `E2E ${role}`, role } });
  if (answer.status !== 201) throw new Error(`could not create user: ${answer.status} ${answer.text}`);
  return { id: answer.body.id, ...user };
}

export const isoAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

export function heartbeat(deviceId: string, over: Record<string, unknown> = {}) {
  return {
    type: "heartbeat",
    deviceId,
    ts: isoAgo(1),
    bootId: "boot-1",
    intervalSec: 60,
    versions: { agent: "7.11.0", content: "2024.07.18" },
    uptimeSec: 3600,
    hostname: `${deviceId}.corp.example`,
    os: "windows",
    osVersion: "10.0.22631",
    model: "Latitude 7440",
    ...over,
  };
}

/** A name no other spec or run uses (the specs share one app). */
export const unique = (name: string) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
