import type { Database } from "../db/database";
import { countSignIn } from "../metrics/signInCounters";
import { recordAudit } from "../services/audit/record";
import { startSession } from "./sessionStore";
import type { SignInOutcome } from "./signIn";

/** What authorize hands to next-auth's jwt callback: the account and the session it opened. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: string;
  sid: string;
  /** Sign-in instant, in seconds since the epoch (the OpenID Connect `auth_time` claim). */
  authTime: number;
}

type Failure = Extract<SignInOutcome, { ok: false }>;

const AUDIT_EMAIL_MAX = 128;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;
/** Stands in for a typed "email" that is not one: often a password typed into the wrong field. */
export const NOT_AN_EMAIL = "(not an email)";

/** The attempted email as the audit log may keep it: printable, bounded, and only if it looks like an email. */
export function auditedEmail(email: string): string {
  const printable = email.replace(/\p{C}/gu, "");
  return EMAIL_SHAPE.test(printable) ? printable.slice(0, AUDIT_EMAIL_MAX) : NOT_AN_EMAIL;
}

/**
 * Throttled and empty attempts are counted, not audited: they cost the sender nothing (no bcrypt, no
 * lookup), so a row each would turn a flood into database writes. The failures before a throttle are
 * audited, and every other failure already costs a bcrypt compare, which an insert adds little to.
 */
async function recordFailure(db: Database, failure: Failure): Promise<void> {
  countSignIn(failure.reason);
  if (failure.reason === "throttled" || failure.reason === "missing_credentials") return;
  const email = auditedEmail(failure.email);
  try {
    await recordAudit(db.sql, {
      actor: email,
      action: "user.sign_in_failed",
      targetType: "user",
      targetId: failure.accountId ?? email,
      reason: failure.reason,
      after: { address: failure.address },
    });
  } catch (error) {
    // The attempt is refused either way; a lost audit row must not turn the refusal into a 500.
    console.error("[auth] could not audit a failed sign-in", error);
  }
}

/** Audits and counts the attempt; a successful one opens its session in the same transaction as its audit row. */
export async function settleSignIn(db: Database, outcome: SignInOutcome, now: Date): Promise<SignedInUser | null> {
  if (!outcome.ok) {
    await recordFailure(db, outcome);
    return null;
  }
  const { account, address } = outcome;
  const sid = await db.sql.transaction(async (tx) => {
    const id = await startSession(tx, account, now);
    if (id) await recordAudit(tx, { actor: account.email, action: "user.signed_in", targetType: "user", targetId: account.id, after: { address } });
    return id;
  });
  if (!sid) {
    await recordFailure(db, { ok: false, email: outcome.email, address, reason: "account_changed", accountId: account.id });
    return null;
  }
  countSignIn(null);
  return { id: account.id, email: account.email, name: account.name, role: account.role, sid, authTime: Math.floor(now.getTime() / 1000) };
}
