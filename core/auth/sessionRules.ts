/** When a signed-in session stops being valid, and which account changes end it. Pure: the clock comes in. */

export interface SessionLimits {
  /** From sign-in, however busy the session is: next-auth's rolling refresh would otherwise extend it forever. */
  absoluteSec: number;
  /** Since the last request the session made. */
  idleSec: number;
}

export interface SessionTimes {
  signedInAtMs: number;
  lastSeenAtMs: number;
}

export type SessionExpiry = "absolute_lifetime" | "idle_timeout";

export function isPastAbsoluteLifetime(signedInAtMs: number, nowMs: number, limits: SessionLimits): boolean {
  return nowMs - signedInAtMs >= limits.absoluteSec * 1000;
}

/** Why the session has expired at `nowMs`, or null while it is within both limits. */
export function sessionExpiry(session: SessionTimes, nowMs: number, limits: SessionLimits): SessionExpiry | null {
  if (isPastAbsoluteLifetime(session.signedInAtMs, nowMs, limits)) return "absolute_lifetime";
  if (nowMs - session.lastSeenAtMs >= limits.idleSec * 1000) return "idle_timeout";
  return null;
}

/** Whether to write `last_seen_at` again: at most once per `everySec`, so a busy session is not a write per request. */
export function isDueForTouch(lastSeenAtMs: number, nowMs: number, everySec: number): boolean {
  return nowMs - lastSeenAtMs >= everySec * 1000;
}

export type SessionEndReason = "signed_out" | "password_changed" | "disabled";

export interface AccountChange {
  password?: string;
  disabled?: boolean;
}

/**
 * A new password or a disable ends the user's sessions: whoever held the old password, or the
 * account, must sign in again. A role or name change does not: the role is read per request.
 */
export function sessionEndingChange(change: AccountChange): Exclude<SessionEndReason, "signed_out"> | null {
  if (change.disabled === true) return "disabled";
  if (change.password !== undefined) return "password_changed";
  return null;
}
