import bcrypt from "bcryptjs";
import { beforeEach, describe, expect, it } from "vitest";
import { BCRYPT_COST, DUMMY_PASSWORD_HASH, verifyPassword } from "./passwords";
import {
  attemptSignIn,
  forgetSignInAttempts,
  LOGIN_ACCOUNTS_TRACKED,
  LOGIN_ADDRESS_BURST,
  LOGIN_ADDRESSES_TRACKED,
  trackedSignInAccounts,
  trackedSignInAddresses,
  type AccountRow,
} from "./signIn";

const ALICE: AccountRow = { id: "u1", email: "alice@example.com", name: "alice", role: "admin", passwordHash: "alice-hash", disabledAt: null };
const FLOOD = 100_000;
const NOW = 5_000_000;

/** A directory of one account and a compare that records which hashes it was asked about. */
function fakeDirectory(accounts: AccountRow[] = [ALICE]) {
  const compared: string[] = [];
  const lookups: string[] = [];
  return {
    compared,
    lookups,
    deps: {
      async findAccount(email: string) {
        lookups.push(email);
        return accounts.find((account) => account.email === email) ?? null;
      },
      async compare(password: string, hash: string) {
        compared.push(hash);
        return hash === "alice-hash" && password === "right password";
      },
    },
  };
}

const attempt = (email: string, address: string, deps: ReturnType<typeof fakeDirectory>["deps"], now = NOW, password = "wrong password") =>
  attemptSignIn({ email, password }, address, deps, now);

describe("sign-in throttling", () => {
  beforeEach(() => forgetSignInAttempts());

  it("remembers at most its bound of accounts and addresses under a flood, and a recent account keeps its count", async () => {
    const { deps } = fakeDirectory();
    for (let i = 0; i < FLOOD; i += 1) await attempt(`user${i}@example.com`, `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, deps);
    expect(trackedSignInAccounts()).toBe(LOGIN_ACCOUNTS_TRACKED);
    expect(trackedSignInAddresses()).toBe(LOGIN_ADDRESSES_TRACKED);

    const recent = `user${FLOOD - 1}@example.com`;
    const { lookups, deps: fresh } = fakeDirectory();
    for (let i = 0; i < 6; i += 1) await attempt(recent, `192.0.2.${i}`, fresh);
    // One attempt in the flood plus four now spend its burst of five; a forgotten bucket would allow all six.
    expect(lookups).toHaveLength(4);
  });

  it("throttles one address across many accounts, but not another address", async () => {
    const { lookups, deps } = fakeDirectory();
    for (let i = 0; i <= LOGIN_ADDRESS_BURST; i += 1) await attempt(`guess${i}@example.com`, "203.0.113.9", deps);
    expect(lookups).toHaveLength(LOGIN_ADDRESS_BURST);

    expect(await attempt(ALICE.email, "203.0.113.9", deps, NOW, "right password")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt(ALICE.email, "198.51.100.1", deps, NOW, "right password")).toMatchObject({ ok: true, account: { id: "u1" } });
  });

  it("lets the address sign in again once its bucket refills", async () => {
    const { deps } = fakeDirectory();
    for (let i = 0; i < LOGIN_ADDRESS_BURST; i += 1) await attempt(`guess${i}@example.com`, "203.0.113.9", deps);
    expect(await attempt(ALICE.email, "203.0.113.9", deps, NOW, "right password")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt(ALICE.email, "203.0.113.9", deps, NOW + 60_000, "right password")).toMatchObject({ ok: true, account: { id: "u1" } });
  });
});

describe("sign-in work for accounts that do not exist", () => {
  beforeEach(() => forgetSignInAttempts());

  it("compares the password against a dummy hash for an unknown email", async () => {
    const { compared, deps } = fakeDirectory();
    expect(await attempt("nobody@example.com", "192.0.2.1", deps)).toMatchObject({ ok: false, reason: "unknown_account", accountId: null });
    expect(compared).toEqual([DUMMY_PASSWORD_HASH]);
  });

  it("compares the password of a disabled account before refusing it", async () => {
    const { compared, deps } = fakeDirectory([{ ...ALICE, disabledAt: new Date(0) }]);
    expect(await attempt(ALICE.email, "192.0.2.1", deps, NOW, "right password")).toMatchObject({ ok: false, reason: "disabled", accountId: "u1" });
    expect(compared).toEqual(["alice-hash"]);
  });

  it("names a wrong password as such, for a disabled account too, and refuses empty credentials without a lookup", async () => {
    const { compared, lookups, deps } = fakeDirectory([ALICE, { ...ALICE, id: "u2", email: "gone@example.com", disabledAt: new Date(0) }]);
    expect(await attempt(ALICE.email, "192.0.2.1", deps)).toMatchObject({ ok: false, reason: "wrong_password", accountId: "u1" });
    expect(await attempt("gone@example.com", "192.0.2.1", deps)).toMatchObject({ ok: false, reason: "wrong_password", accountId: "u2" });
    expect(await attempt("", "192.0.2.1", deps)).toMatchObject({ ok: false, reason: "missing_credentials" });
    expect(lookups).toEqual([ALICE.email, "gone@example.com"]);
    expect(compared).toHaveLength(2);
  });

  it("uses a dummy hash that costs what a real one does and matches no password", async () => {
    expect(bcrypt.getRounds(DUMMY_PASSWORD_HASH)).toBe(BCRYPT_COST);
    expect(await verifyPassword("", DUMMY_PASSWORD_HASH)).toBe(false);
  });
});
