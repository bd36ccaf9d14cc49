import { sessionEndingChange, type AccountChange, type SessionEndReason } from "../../core/auth/sessionRules";
import type { Database } from "../db/database";
import type { Sql } from "../db/sql";
import type { Principal } from "./principal";
import { SESSION_ABSOLUTE_LIFETIME_SEC } from "./sessionLimits";
import { forgetCachedSession, forgetCachedUser } from "./users";

/**
 * Opens a session row for a sign-in whose password was checked against `passwordHash`, and returns
 * its id (the token's `sid`); null if the password changed or the account was disabled meanwhile.
 * The share lock on the user row makes a concurrent reset wait for this row, which its revocation
 * then ends, or makes this wait for the reset and see the new hash. Call inside a transaction.
 * The user's rows past the absolute lifetime go first: the table holds one lifetime's sign-ins per user.
 */
export async function startSession(tx: Sql, account: { id: string; passwordHash: string }, now: Date): Promise<string | null> {
  const unchanged = await tx.query("SELECT 1 FROM users WHERE id = $1::uuid AND password_hash = $2 AND disabled_at IS NULL FOR SHARE", [
    account.id,
    account.passwordHash,
  ]);
  if (unchanged.length === 0) return null;
  const outlived = new Date(now.getTime() - SESSION_ABSOLUTE_LIFETIME_SEC * 1000);
  await tx.query("DELETE FROM user_sessions WHERE user_id = $1::uuid AND signed_in_at <= $2", [account.id, outlived]);
  const [row] = await tx.query<{ id: string }>(
    "INSERT INTO user_sessions (user_id, signed_in_at, last_seen_at) VALUES ($1::uuid, $2, $2) RETURNING id::text AS id",
    [account.id, now],
  );
  return row.id;
}

export async function endSession(sql: Sql, sessionId: string, reason: SessionEndReason, now: Date): Promise<void> {
  await sql.query("UPDATE user_sessions SET ended_at = $2, end_reason = $3 WHERE id = $1::uuid AND ended_at IS NULL", [sessionId, now, reason]);
  forgetCachedSession(sessionId);
}

/** Ends every open session of the user but `except` (the caller's own); returns how many ended. */
export async function endUserSessions(sql: Sql, userId: string, reason: SessionEndReason, now: Date, except: string | null = null): Promise<number> {
  const ended = await sql.query(
    `UPDATE user_sessions SET ended_at = $2, end_reason = $3
     WHERE user_id = $1::uuid AND ended_at IS NULL AND ($4::uuid IS NULL OR id <> $4::uuid) RETURNING id`,
    [userId, now, reason, except],
  );
  forgetCachedUser(userId);
  return ended.length;
}

/**
 * After an account change (PATCH /api/v1/users/{id}): a new password or a disable signs the user out
 * everywhere, except the session that set its own new password, which already proved it knows it.
 * Called after the change is written; a sign-in racing it is settled by startSession's lock.
 */
export async function endSessionsForUserChange(db: Database, actor: Principal, userId: string, change: AccountChange, now: Date): Promise<void> {
  const reason = sessionEndingChange(change);
  if (!reason) return;
  const own = actor.kind === "user" && actor.id === userId ? (actor.sessionId ?? null) : null;
  await endUserSessions(db.sql, userId, reason, now, own);
}
