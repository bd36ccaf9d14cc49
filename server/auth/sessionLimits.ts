import type { SessionLimits } from "../../core/auth/sessionRules";

/**
 * Browser session limits, in one place. 12 h absolute and 30 min idle are NIST SP 800-63B's AAL2
 * re-authentication bounds (what OWASP ASVS V3.3 points to). A dashboard that polls counts as active.
 */
export const SESSION_ABSOLUTE_LIFETIME_SEC = 12 * 60 * 60;
export const SESSION_IDLE_TIMEOUT_SEC = 30 * 60;
export const SESSION_LIMITS: SessionLimits = { absoluteSec: SESSION_ABSOLUTE_LIFETIME_SEC, idleSec: SESSION_IDLE_TIMEOUT_SEC };

/** `last_seen_at` is written at most this often per session; the idle timeout is exact to within it. */
export const SESSION_TOUCH_EVERY_SEC = 60;

/**
 * A session's row is re-read at most this often per process. Ending a session forgets it at once in
 * the process that ended it; other app instances stop accepting it within this time.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
/** Keys are session ids from signed tokens, so only sign-ins (throttled) add entries; the bound caps memory anyway. */
export const SESSION_CACHE_MAX = 10_000;
