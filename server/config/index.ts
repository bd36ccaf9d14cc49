/**
 * The app's settings, read from the environment once (variables.ts lists them). Application code
 * asks here instead of reading process.env, so a bad value stops start-up with a message naming it
 * instead of turning into NaN or a silent default somewhere.
 */
import { processWide } from "../processState";
import { ConfigError, configFrom, type AppConfig, type EnvRecord } from "./parse";

export { ConfigError, configFrom, parseConfig, type AppConfig, type ConfigIssue, type EnvRecord } from "./parse";

/** sysexits' EX_CONFIG: a supervisor can tell "fix the settings" from a crash. */
export const EXIT_INVALID_CONFIG = 78;

interface ConfigState {
  source: EnvRecord;
  parsed?: AppConfig;
  /** The session secret start-up settled on (NEXTAUTH_SECRET or the stored one). */
  sessionSecret?: string;
}

// One per process, as the environment is: Next loads this module once per bundle.
const state = processWide("config", (): ConfigState => ({ source: process.env }));

/** The settings, parsed on first use; throws ConfigError when a variable is invalid. */
export function appConfig(): AppConfig {
  state.parsed ??= configFrom(state.source);
  return state.parsed;
}

/** Forgets the parsed settings: the next appConfig() reads `source` (tests), or the environment again. */
export function resetConfig(source: EnvRecord = process.env): void {
  state.source = source;
  state.parsed = undefined;
  state.sessionSecret = undefined;
}

/** For entry points (server/main.ts, instrumentation.ts, worker/run.ts): the settings, or every problem on stderr and exit 78. */
export function configOrExit(component: string): AppConfig {
  try {
    return appConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[${component}] cannot start: ${error.message}`);
    process.exit(EXIT_INVALID_CONFIG);
  }
}

/** The secret that signs session cookies, once start-up has settled it (server/bootstrap.ts). */
export function sessionSecret(): string | undefined {
  return state.sessionSecret ?? appConfig().NEXTAUTH_SECRET;
}

/**
 * next-auth reads NEXTAUTH_SECRET and AUTH_TRUST_HOST from process.env itself (its route handler,
 * getServerSession), not from authOptions: start-up hands them over here, before any sign-in.
 */
export function shareWithNextAuth(secret: string): void {
  state.sessionSecret = secret;
  process.env.NEXTAUTH_SECRET = secret;
  // Self-hosted behind any host name: next-auth takes its origin from the request unless NEXTAUTH_URL says otherwise.
  if (!appConfig().NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
}
