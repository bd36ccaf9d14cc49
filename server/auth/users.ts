import { LRUCache } from "lru-cache";
import { isDueForTouch, isPastAbsoluteLifetime, sessionExpiry } from "../../core/auth/sessionRules";
import type { Database } from "../db/database";
import { processWide } from "../processState";
import { isRole, permissionsOfRole } from "./permissions";
import type { Principal } from "./principal";
import { SESSION_CACHE_MAX, SESSION_CACHE_TTL_MS, SESSION_LIMITS, SESSION_TOUCH_EVERY_SEC } from "./sessionLimits";

type UserPrincipal = Extract<Principal, { kind: "user" }>;

/** What a session token says (see the jwt callback in nextAuthOptions.ts); anything else about it is untrusted. */
export interface SessionClaims {
  sub?: string;
  sid?: string;
  auth_time?: number;
}

interface CachedSession {
  userId: string;
  principal: UserPrincipal | null;
  signedInAtMs: number;
  lastSeenAtMs: number;
  expiresAt: number;
}

// Expiry is kept by hand (not lru-cache's ttl) so it follows the clock the caller passes, as the limits do.
const cache = processWide("userSessions", () => new LRUCache<string, CachedSession>({ max: SESSION_CACHE_MAX }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SessionRow {
  signed_in_at: Date;
  last_seen_at: Date;
  id: string;
  email: string;
  name: string;
  role: string;
}

const LIVE_SESSION_SQL = `SELECT s.signed_in_at, s.last_seen_at, u.id::text AS id, u.email, u.name, u.role
  FROM user_sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1::uuid AND s.user_id = $2::uuid AND s.ended_at IS NULL AND u.disabled_at IS NULL`;

async function loadSession(db: Database, sessionId: string, userId: string, now: number): Promise<CachedSession> {
  const [row] = await db.sql.query<SessionRow>(LIVE_SESSION_SQL, [sessionId, userId]);
  const entry: CachedSession = {
    userId,
    principal:
      row && isRole(row.role)
        ? { kind: "user", id: row.id, email: row.email, name: row.name, role: row.role, permissions: permissionsOfRole(row.role), sessionId }
        : null,
    signedInAtMs: row ? new Date(row.signed_in_at).getTime() : 0,
    lastSeenAtMs: row ? new Date(row.last_seen_at).getTime() : 0,
    expiresAt: now + SESSION_CACHE_TTL_MS,
  };
  // Only a live session is touched: touching an idle one would bring it back.
  if (entry.principal && !sessionExpiry(entry, now, SESSION_LIMITS) && isDueForTouch(entry.lastSeenAtMs, now, SESSION_TOUCH_EVERY_SEC)) {
    await db.sql.query("UPDATE user_sessions SET last_seen_at = $2 WHERE id = $1::uuid AND last_seen_at < $2", [sessionId, new Date(now)]);
    entry.lastSeenAtMs = now;
  }
  return entry;
}

/**
 * The token says which session this is; the database says whether it is still open, whether the user
 * may still sign in, and with which role now. Tokens from before sessions had ids (no `sid`) are refused.
 */
export async function principalForSession(db: Database, claims: SessionClaims | null, now = Date.now()): Promise<UserPrincipal | null> {
  const { sub, sid, auth_time: authTime } = claims ?? {};
  if (typeof sub !== "string" || typeof sid !== "string" || typeof authTime !== "number" || !UUID.test(sub) || !UUID.test(sid)) return null;
  // The token's own sign-in instant first: an over-age token costs no query.
  if (isPastAbsoluteLifetime(authTime * 1000, now, SESSION_LIMITS)) return null;
  let entry = cache.get(sid);
  if (!entry || entry.expiresAt <= now || entry.userId !== sub) {
    entry = await loadSession(db, sid, sub, now);
    cache.set(sid, entry);
  }
  return entry.principal && !sessionExpiry(entry, now, SESSION_LIMITS) ? entry.principal : null;
}

/** After a change to the user (role, disable, password) or their sessions: the next request reads them again. */
export function forgetCachedUser(userId: string): void {
  const sessionIds = [...cache.entries()].filter(([, entry]) => entry.userId === userId).map(([sid]) => sid);
  for (const sid of sessionIds) cache.delete(sid);
}

export function forgetCachedSession(sessionId: string): void {
  cache.delete(sessionId);
}
