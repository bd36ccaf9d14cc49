import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../db/database";
import { API_KEY_MISS_CACHE_MAX, cachedApiKeyMisses, forgetCachedApiKeys, hashApiKey, principalForApiKey } from "./apiKeys";

const VALID_SECRET = "rw_valid-key-for-the-flood-test";
const FLOOD = 100_000;

/** Answers the key lookup from one known key and counts the lookups that reach "the database". */
function fakeDatabase() {
  const lookups = { count: 0 };
  const row = { id: "k1", name: "agents", scopes: ["ingest"], rate_limit_per_sec: null };
  const db = {
    sql: {
      async query(text: string, params: unknown[] = []) {
        if (text.startsWith("UPDATE")) return [];
        lookups.count += 1;
        return params[0] === hashApiKey(VALID_SECRET) ? [row] : [];
      },
    },
  } as unknown as Database;
  return { db, lookups };
}

describe("API key miss cache", () => {
  beforeEach(() => forgetCachedApiKeys());

  it("stays at its bound under a flood of unknown keys, and keeps the recent ones and the valid key", async () => {
    const { db, lookups } = fakeDatabase();
    const now = 1_000_000;
    expect(await principalForApiKey(db, VALID_SECRET, now)).toMatchObject({ kind: "apiKey", id: "k1" });
    for (let i = 0; i < FLOOD; i += 1) await principalForApiKey(db, `rw_unknown-${i}`, now);

    expect(cachedApiKeyMisses()).toBe(API_KEY_MISS_CACHE_MAX);
    const before = lookups.count;
    expect(await principalForApiKey(db, `rw_unknown-${FLOOD - 1}`, now)).toBeNull();
    expect(await principalForApiKey(db, VALID_SECRET, now)).toMatchObject({ kind: "apiKey", id: "k1" });
    expect(lookups.count).toBe(before);
  });
});
