import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderMetrics } from "../../core/metrics/exposition";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { signInFamilies } from "../metrics/signInCounters";
import { testContext } from "../services/testContext";
import { createUser } from "../services/users/create";
import { LOGIN_BURST, attemptSignIn, forgetSignInAttempts } from "./signIn";
import { auditedEmail, NOT_AN_EMAIL, settleSignIn } from "./signInRecord";

const PASSWORD = "the-right-password";

interface AuditRow {
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  row: string;
}

/** The counter's value as /metrics renders it. */
function failures(reason: string): number {
  const match = new RegExp(`^ringwatch_sign_in_failures_total\\{reason="${reason}"\\} (\\d+)$`, "m").exec(renderMetrics(signInFamilies()));
  return Number(match?.[1] ?? NaN);
}
const successes = () => Number(/^ringwatch_sign_ins_total (\d+)$/m.exec(renderMetrics(signInFamilies()))?.[1] ?? NaN);

describe(`sign-in audit and metrics on ${TEST_BACKEND}`, () => {
  let db: Database;
  let alice: { id: string; email: string };
  let gone: { id: string; email: string };
  beforeAll(async () => {
    db = await openTestDatabase();
    alice = await createUser(testContext(db), { email: "alice@example.com", name: "Alice", role: "viewer", password: PASSWORD });
    gone = await createUser(testContext(db), { email: "gone@example.com", name: "Gone", role: "viewer", password: PASSWORD });
    await db.sql.query("UPDATE users SET disabled_at = now() WHERE id = $1", [gone.id]);
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    forgetSignInAttempts();
    await db.sql.query("DELETE FROM audit_log");
  });

  const deps = { findAccount: (email: string) => db.prisma.user.findUnique({ where: { email } }) };
  async function signIn(email: string, password: string, address = "192.0.2.7", nowMs = Date.now()) {
    return settleSignIn(db, await attemptSignIn({ email, password }, address, deps, nowMs), new Date(nowMs));
  }
  const audit = () =>
    db.sql.query<AuditRow>("SELECT actor, action, target_type, target_id, reason, row_to_json(audit_log)::text AS row FROM audit_log ORDER BY id");

  it("audits a wrong password, an unknown account and a disabled account with the cause, never the password, and counts each", async () => {
    const before = { wrong: failures("wrong_password"), unknown: failures("unknown_account"), disabled: failures("disabled") };
    expect(await signIn(alice.email, "guess-number-one")).toBeNull();
    expect(await signIn("nobody@example.com", "guess-number-two")).toBeNull();
    expect(await signIn(gone.email, PASSWORD)).toBeNull();

    const rows = await audit();
    expect(rows.map(({ row: _row, ...entry }) => entry)).toEqual([
      { actor: alice.email, action: "user.sign_in_failed", target_type: "user", target_id: alice.id, reason: "wrong_password" },
      { actor: "nobody@example.com", action: "user.sign_in_failed", target_type: "user", target_id: "nobody@example.com", reason: "unknown_account" },
      { actor: gone.email, action: "user.sign_in_failed", target_type: "user", target_id: gone.id, reason: "disabled" },
    ]);
    for (const secret of ["guess-number-one", "guess-number-two", PASSWORD])
      expect(
        rows.some((r) => r.row.includes(secret)),
        secret,
      ).toBe(false);
    expect(rows[0].row).toContain("192.0.2.7");
    expect(failures("wrong_password")).toBe(before.wrong + 1);
    expect(failures("unknown_account")).toBe(before.unknown + 1);
    expect(failures("disabled")).toBe(before.disabled + 1);
  });

  it("counts throttled attempts without an audit row each, after auditing the failures that led to the throttle", async () => {
    const throttledBefore = failures("throttled");
    // One instant for the whole burst: each bcrypt takes long enough on a busy machine for the bucket to refill a token.
    const frozen = Date.now();
    for (let i = 0; i < LOGIN_BURST + 3; i += 1) await signIn(alice.email, `guess-${i}`, undefined, frozen);
    expect(failures("throttled")).toBe(throttledBefore + 3);
    const rows = await audit();
    expect(rows).toHaveLength(LOGIN_BURST);
    expect(new Set(rows.map((r) => r.reason))).toEqual(new Set(["wrong_password"]));
  });

  it("audits a successful sign-in as user.signed_in and counts it", async () => {
    const before = successes();
    const user = await signIn(alice.email, PASSWORD);
    expect(user).toMatchObject({ id: alice.id, email: alice.email });
    expect((await audit()).map(({ row: _row, ...entry }) => entry)).toEqual([
      { actor: alice.email, action: "user.signed_in", target_type: "user", target_id: alice.id, reason: null },
    ]);
    expect(successes()).toBe(before + 1);
  });

  it("keeps what is not an email (often a password in the wrong field) out of the log, and bounds what is", async () => {
    expect(await signIn("hunter2-typed-into-the-email-field", "x-password")).toBeNull();
    const [row] = await audit();
    expect(row).toMatchObject({ actor: NOT_AN_EMAIL, target_id: NOT_AN_EMAIL, reason: "unknown_account" });
    expect(row.row).not.toContain("hunter2");

    expect(auditedEmail(`${"a".repeat(300)}@example.com`)).toHaveLength(128);
    expect(auditedEmail("eve\u0000\u001b[2J@example.com")).toBe("eve[2J@example.com");
  });
});
