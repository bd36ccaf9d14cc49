import { beforeEach, describe, expect, it } from "vitest";
import { forgetCachedApiKeys, hashApiKey } from "../auth/apiKeys";
import type { Database } from "../db/database";
import { principalForAuthorization } from "./access";
import { AppError } from "./errors";
import {
  forgetUnauthenticatedCallers,
  trackedUnauthenticatedAddresses,
  UNAUTHENTICATED_ADDRESSES_TRACKED,
  UNAUTHENTICATED_BURST,
} from "./unauthenticatedLimit";

const VALID = "rw_the-one-valid-key";
const NOW = 7_000_000;
const db = {
  sql: {
    async query(text: string, params: unknown[] = []) {
      if (text.startsWith("UPDATE")) return [];
      return params[0] === hashApiKey(VALID) ? [{ id: "k1", name: "agents", scopes: ["ingest"], rate_limit_per_sec: null }] : [];
    },
  },
} as unknown as Database;

async function refusal(authorization: string, address: string): Promise<AppError> {
  const error = await principalForAuthorization(db, authorization, address, NOW).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("unauthenticated requests, per client address", () => {
  beforeEach(() => {
    forgetUnauthenticatedCallers();
    forgetCachedApiKeys();
  });

  it("answers 401 within the burst, then 429 with Retry-After, for unknown keys and malformed headers alike", async () => {
    for (let i = 0; i < UNAUTHENTICATED_BURST; i += 1) {
      expect((await refusal(i % 2 ? `Bearer rw_guess-${i}` : "Basic abc", "203.0.113.7")).status).toBe(401);
    }
    const limited = await refusal("Bearer rw_guess-again", "203.0.113.7");
    expect(limited.status).toBe(429);
    expect(limited.code).toBe("rate_limited");
    expect(Number(limited.headers?.["Retry-After"])).toBeGreaterThanOrEqual(1);
    expect((await refusal("Bearer rw_guess-again", "198.51.100.2")).status).toBe(401);
  });

  it("still admits a valid key from an address whose unauthenticated allowance is spent", async () => {
    for (let i = 0; i <= UNAUTHENTICATED_BURST; i += 1) await refusal(`Bearer rw_guess-${i}`, "203.0.113.7");
    await expect(principalForAuthorization(db, `Bearer ${VALID}`, "203.0.113.7", NOW)).resolves.toMatchObject({ kind: "apiKey", id: "k1" });
  });

  it("remembers at most its bound of addresses, and a recent address keeps its count", async () => {
    for (let i = 0; i < 100_000; i += 1) await refusal("Basic abc", `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`);
    expect(trackedUnauthenticatedAddresses()).toBe(UNAUTHENTICATED_ADDRESSES_TRACKED);
    const recent = "10.1.134.159"; // the flood's last address (99,999)
    for (let i = 1; i < UNAUTHENTICATED_BURST; i += 1) expect((await refusal("Basic abc", recent)).status).toBe(401);
    expect((await refusal("Basic abc", recent)).status).toBe(429);
  });
});
