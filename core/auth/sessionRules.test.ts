import { describe, expect, it } from "vitest";
import { isDueForTouch, isPastAbsoluteLifetime, sessionEndingChange, sessionExpiry } from "./sessionRules";

const LIMITS = { absoluteSec: 12 * 3600, idleSec: 1800 };
const SIGNED_IN = 1_000_000_000;
const sec = (s: number) => s * 1000;

describe("session lifetime", () => {
  it("keeps a session that is used every few minutes until the absolute lifetime, and not one second longer", () => {
    const justBefore = SIGNED_IN + sec(LIMITS.absoluteSec) - 1;
    expect(sessionExpiry({ signedInAtMs: SIGNED_IN, lastSeenAtMs: justBefore - sec(60) }, justBefore, LIMITS)).toBeNull();
    const atLimit = SIGNED_IN + sec(LIMITS.absoluteSec);
    expect(sessionExpiry({ signedInAtMs: SIGNED_IN, lastSeenAtMs: atLimit - sec(1) }, atLimit, LIMITS)).toBe("absolute_lifetime");
    expect(isPastAbsoluteLifetime(SIGNED_IN, atLimit, LIMITS)).toBe(true);
    expect(isPastAbsoluteLifetime(SIGNED_IN, justBefore, LIMITS)).toBe(false);
  });

  it("ends a session left idle for the idle timeout, well before its absolute lifetime", () => {
    const lastSeen = SIGNED_IN + sec(3600);
    expect(sessionExpiry({ signedInAtMs: SIGNED_IN, lastSeenAtMs: lastSeen }, lastSeen + sec(LIMITS.idleSec) - 1, LIMITS)).toBeNull();
    expect(sessionExpiry({ signedInAtMs: SIGNED_IN, lastSeenAtMs: lastSeen }, lastSeen + sec(LIMITS.idleSec), LIMITS)).toBe("idle_timeout");
  });

  it("names the absolute lifetime when both limits have passed", () => {
    expect(sessionExpiry({ signedInAtMs: SIGNED_IN, lastSeenAtMs: SIGNED_IN }, SIGNED_IN + sec(LIMITS.absoluteSec * 2), LIMITS)).toBe("absolute_lifetime");
  });

  it("touches last_seen_at at most once per interval", () => {
    expect(isDueForTouch(SIGNED_IN, SIGNED_IN + sec(59), 60)).toBe(false);
    expect(isDueForTouch(SIGNED_IN, SIGNED_IN + sec(60), 60)).toBe(true);
  });
});

describe("account changes that end sessions", () => {
  it("ends them for a new password or a disable, not for a role, a name or a re-enable", () => {
    expect(sessionEndingChange({ password: "a new password" })).toBe("password_changed");
    expect(sessionEndingChange({ disabled: true })).toBe("disabled");
    expect(sessionEndingChange({ disabled: true, password: "a new password" })).toBe("disabled");
    expect(sessionEndingChange({ disabled: false })).toBeNull();
    expect(sessionEndingChange({})).toBeNull();
  });
});
