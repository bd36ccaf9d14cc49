import { decode, encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { testContext } from "../services/testContext";
import { createUser } from "../services/users/create";
import { updateUser } from "../services/users/update";
import { userPrincipal, type Principal } from "./principal";
import { SESSION_ABSOLUTE_LIFETIME_SEC, SESSION_CACHE_TTL_MS, SESSION_IDLE_TIMEOUT_SEC } from "./sessionLimits";
import { endSession, endUserSessions, startSession } from "./sessionStore";
import { attemptSignIn, forgetSignInAttempts } from "./signIn";
import { settleSignIn } from "./signInRecord";
import { principalForSession, type SessionClaims } from "./users";

const MINUTE = 60_000;
const admin = userPrincipal("admin", "admin@example.com");

describe(`server-side sessions on ${TEST_BACKEND}`, () => {
  let db: Database;
  let counter = 0;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(() => forgetSignInAttempts());

  async function newUser(role: "viewer" | "admin" = "viewer") {
    counter += 1;
    const password = `first-password-${counter}`;
    const user = await createUser(testContext(db), { email: `user${counter}@example.com`, name: `User ${counter}`, role, password });
    return { ...user, password };
  }

  /** Signs in through the real check and settlement, as next-auth's authorize does; the claims the token then carries. */
  async function signIn(email: string, password: string, at: Date): Promise<SessionClaims | null> {
    const outcome = await attemptSignIn(
      { email, password },
      "192.0.2.10",
      { findAccount: (e) => db.prisma.user.findUnique({ where: { email: e } }) },
      at.getTime(),
    );
    const user = await settleSignIn(db, outcome, at);
    return user && { sub: user.id, sid: user.sid, auth_time: user.authTime };
  }

  const served = async (claims: SessionClaims | null, at: Date) => (await principalForSession(db, claims, at.getTime()))?.id ?? null;
  const later = (at: Date, ms: number) => new Date(at.getTime() + ms);
  const asSelf = (user: { id: string; email: string }, claims: SessionClaims | null): Principal => {
    const principal = userPrincipal("admin", user.email, user.id);
    return principal.kind === "user" ? { ...principal, sessionId: claims?.sid } : principal;
  };

  it("ends every session of a user whose password an admin resets; the new password signs in", async () => {
    const user = await newUser();
    const t0 = new Date();
    const laptop = await signIn(user.email, user.password, t0);
    const phone = await signIn(user.email, user.password, t0);
    expect(await served(laptop, later(t0, MINUTE))).toBe(user.id);
    expect(await served(phone, later(t0, MINUTE))).toBe(user.id);

    await updateUser(testContext(db, { actor: admin }), user.id, { password: "the-new-password" });
    expect(await served(laptop, later(t0, 2 * MINUTE))).toBeNull();
    expect(await served(phone, later(t0, 2 * MINUTE))).toBeNull();
    expect(await signIn(user.email, user.password, later(t0, 3 * MINUTE))).toBeNull();
    const fresh = await signIn(user.email, "the-new-password", later(t0, 3 * MINUTE));
    expect(await served(fresh, later(t0, 4 * MINUTE))).toBe(user.id);
    const ended = await db.sql.query<{ end_reason: string }>("SELECT end_reason FROM user_sessions WHERE user_id = $1 AND ended_at IS NOT NULL", [user.id]);
    expect(ended.map((row) => row.end_reason)).toEqual(["password_changed", "password_changed"]);
  });

  it("ends a disabled user's sessions for good: enabling the account again does not bring them back", async () => {
    const user = await newUser();
    const t0 = new Date();
    const session = await signIn(user.email, user.password, t0);
    await updateUser(testContext(db, { actor: admin }), user.id, { disabled: true });
    expect(await served(session, later(t0, MINUTE))).toBeNull();
    await updateUser(testContext(db, { actor: admin }), user.id, { disabled: false });
    expect(await served(session, later(t0, 2 * MINUTE))).toBeNull();
    expect(await served(await signIn(user.email, user.password, later(t0, 3 * MINUTE)), later(t0, 3 * MINUTE))).toBe(user.id);
  });

  it("refuses a disabled user per request even where nothing ended the session, within the cache time on another instance", async () => {
    const user = await newUser();
    const t0 = new Date();
    const session = await signIn(user.email, user.password, t0);
    expect(await served(session, later(t0, 1_000))).toBe(user.id);
    // Written as another app instance would: this process's cache is not told.
    await db.sql.query("UPDATE users SET disabled_at = now() WHERE id = $1", [user.id]);
    expect(await served(session, later(t0, 1_000 + SESSION_CACHE_TTL_MS))).toBeNull();
  });

  it("stops accepting a session that another instance ended once the cache time has passed", async () => {
    const user = await newUser();
    const t0 = new Date();
    const session = await signIn(user.email, user.password, t0);
    expect(await served(session, later(t0, 1_000))).toBe(user.id);
    await db.sql.query("UPDATE user_sessions SET ended_at = now(), end_reason = 'password_changed' WHERE id = $1", [session?.sid]);
    expect(await served(session, later(t0, 1_000 + SESSION_CACHE_TTL_MS))).toBeNull();
  });

  it("keeps the session of an admin who changes their own password, and ends their others", async () => {
    const self = await newUser("admin");
    const t0 = new Date();
    const here = await signIn(self.email, self.password, t0);
    const elsewhere = await signIn(self.email, self.password, t0);
    await updateUser(testContext(db, { actor: asSelf(self, here) }), self.id, { password: "my-own-new-password" });
    expect(await served(here, later(t0, MINUTE))).toBe(self.id);
    expect(await served(elsewhere, later(t0, MINUTE))).toBeNull();
  });

  it("serves a role change on the next request without ending the session", async () => {
    const user = await newUser();
    const t0 = new Date();
    const session = await signIn(user.email, user.password, t0);
    expect((await principalForSession(db, session, t0.getTime()))?.role).toBe("viewer");
    await updateUser(testContext(db, { actor: admin }), user.id, { role: "operator" });
    const now = await principalForSession(db, session, t0.getTime() + 1);
    expect(now?.role).toBe("operator");
    expect(now?.permissions.has("deployments:operate")).toBe(true);
  });

  it("refuses a session at its absolute lifetime even though it was used every ten minutes", async () => {
    const user = await newUser();
    const t0 = new Date();
    // The claims as the cookie carries them: encoded and decoded by next-auth itself.
    const secret = "a test secret that is long enough";
    const cookie = await encode({ token: { ...(await signIn(user.email, user.password, t0)) }, secret, maxAge: SESSION_ABSOLUTE_LIFETIME_SEC });
    const session = await decode({ token: cookie, secret });
    let at = t0;
    for (; at.getTime() + 10 * MINUTE < t0.getTime() + SESSION_ABSOLUTE_LIFETIME_SEC * 1000; at = later(at, 10 * MINUTE)) {
      expect(await served(session, at), at.toISOString()).toBe(user.id);
    }
    expect(await served(session, later(t0, SESSION_ABSOLUTE_LIFETIME_SEC * 1000))).toBeNull();
  });

  it("refuses a token that claims a sign-in older than the lifetime, though its row is recent", async () => {
    const user = await newUser();
    const t0 = new Date();
    const session = await signIn(user.email, user.password, t0);
    const backdated = { ...session, auth_time: Math.floor(t0.getTime() / 1000) - SESSION_ABSOLUTE_LIFETIME_SEC };
    expect(await served(session, later(t0, MINUTE))).toBe(user.id);
    expect(await served(backdated, later(t0, MINUTE))).toBeNull();
  });

  it("ends a session left unused for the idle timeout, and keeps one that is used", async () => {
    const user = await newUser();
    const t0 = new Date();
    const idle = await signIn(user.email, user.password, t0);
    const busy = await signIn(user.email, user.password, t0);
    for (let minutes = 5; minutes <= 60; minutes += 5) expect(await served(busy, later(t0, minutes * MINUTE))).toBe(user.id);
    expect(await served(idle, later(t0, SESSION_IDLE_TIMEOUT_SEC * 1000))).toBeNull();
  });

  it("refuses tokens without a session (issued before sessions had ids), another user's session, and a signed-out one", async () => {
    const user = await newUser();
    const other = await newUser();
    const t0 = new Date();
    const session = await signIn(user.email, user.password, t0);
    expect(await served({ sub: user.id }, t0)).toBeNull();
    expect(await served({ ...session, sub: other.id }, t0)).toBeNull();
    expect(await served({ ...session, sid: "not-a-uuid" }, t0)).toBeNull();
    await endSession(db.sql, String(session?.sid), "signed_out", t0);
    expect(await served(session, t0)).toBeNull();
  });

  it("opens no session when the password changed between its check and the session's start", async () => {
    const user = await newUser();
    const [row] = await db.sql.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE id = $1", [user.id]);
    await updateUser(testContext(db, { actor: admin }), user.id, { password: "changed-meanwhile" });
    const sid = await db.sql.transaction((tx) => startSession(tx, { id: user.id, passwordHash: row.password_hash }, new Date()));
    expect(sid).toBeNull();
  });

  it("ends a session whose sign-in was still committing when a reset and its revocation ran", async () => {
    const user = await newUser();
    const [row] = await db.sql.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE id = $1", [user.id]);
    const t0 = new Date();
    let reset: Promise<number> | undefined;
    const sid = await db.sql.transaction(async (tx) => {
      const id = await startSession(tx, { id: user.id, passwordHash: row.password_hash }, t0);
      // As updateUser does, from another connection, while this sign-in has not committed yet.
      reset = (async () => {
        await db.sql.query("UPDATE users SET password_hash = 'reset' WHERE id = $1", [user.id]);
        return endUserSessions(db.sql, user.id, "password_changed", t0);
      })();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return id;
    });
    expect(await reset).toBe(1);
    expect(await served({ sub: user.id, sid: sid ?? undefined, auth_time: Math.floor(t0.getTime() / 1000) }, later(t0, MINUTE))).toBeNull();
  });
});
