import { createHash, randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Database } from "../db/database";
import { isScope, permissionsOfScopes, type Scope } from "./permissions";
import type { Principal } from "./principal";
import { processWide } from "../processState";

const KEY_PREFIX = "rw_";
const DISPLAY_PREFIX_LENGTH = 10;
/** Verified keys are cached briefly: every agent request carries one, and hashing plus a lookup per request adds up. */
const CACHE_TTL_MS = 30_000;
const LAST_USED_WRITE_EVERY_MS = 60_000;

export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function generateApiKeySecret(): string {
  return KEY_PREFIX + randomBytes(24).toString("base64url");
}

export function displayPrefix(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}

/**
 * Unknown keys are cached too, so a fleet retrying a stale key does not query per request; but anyone
 * can send unknown keys, so misses live apart from hits and are bounded. 10,000 hashes (~2 MB) cover a
 * fleet's worth of stale keys; a flood only evicts older misses, never a valid key's entry.
 */
export const API_KEY_MISS_CACHE_MAX = 10_000;

type KeyPrincipal = Extract<Principal, { kind: "apiKey" }>;
// Hits are bounded by the keys an admin created; misses by API_KEY_MISS_CACHE_MAX.
const hits = processWide("apiKeyHits", () => new Map<string, { principal: KeyPrincipal; expiresAt: number }>());
const misses = processWide("apiKeyMisses", () => new LRUCache<string, number>({ max: API_KEY_MISS_CACHE_MAX }));
const lastUsedWrites = processWide("apiKeyUse", () => new Map<string, number>());

export function cachedApiKeyMisses(): number {
  return misses.size;
}

export function forgetCachedApiKeys(): void {
  hits.clear();
  misses.clear();
}

interface ApiKeyRow {
  id: string;
  name: string;
  scopes: string[];
  rate_limit_per_sec: number | null;
}

export async function principalForApiKey(db: Database, secret: string, now = Date.now()): Promise<Principal | null> {
  const hash = hashApiKey(secret);
  const hit = hits.get(hash);
  if (hit && hit.expiresAt > now) return hit.principal;
  if ((misses.get(hash) ?? 0) > now) return null;
  const [row] = await db.sql.query<ApiKeyRow>("SELECT id, name, scopes, rate_limit_per_sec FROM api_keys WHERE secret_hash = $1 AND revoked_at IS NULL", [
    hash,
  ]);
  const scopes = (row?.scopes ?? []).filter(isScope) as Scope[];
  const principal = row
    ? { kind: "apiKey" as const, id: row.id, name: row.name, scopes, rateLimitPerSec: row.rate_limit_per_sec, permissions: permissionsOfScopes(scopes) }
    : null;
  if (!principal) {
    misses.set(hash, now + CACHE_TTL_MS);
    return null;
  }
  hits.set(hash, { principal, expiresAt: now + CACHE_TTL_MS });
  recordKeyUse(db, principal.id, now);
  return principal;
}

function recordKeyUse(db: Database, keyId: string, now: number): void {
  if ((lastUsedWrites.get(keyId) ?? 0) + LAST_USED_WRITE_EVERY_MS > now) return;
  lastUsedWrites.set(keyId, now);
  db.sql
    .query("UPDATE api_keys SET last_used_at = now() WHERE id = $1", [keyId])
    .catch((error: unknown) => console.error("[auth] could not record API key use", error));
}
