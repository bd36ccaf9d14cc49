import { afterEach, describe, expect, it, vi } from "vitest";
import { appConfig, ConfigError, configOrExit, EXIT_INVALID_CONFIG, resetConfig, sessionSecret, shareWithNextAuth } from "./index";

describe("appConfig", () => {
  const saved = { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST };
  afterEach(() => {
    resetConfig();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    vi.restoreAllMocks();
  });

  it("parses once and keeps the result until reset", () => {
    const source: Record<string, string> = { RINGWATCH_DETECTION_INTERVAL_SEC: "5" };
    resetConfig(source);
    const first = appConfig();
    source.RINGWATCH_DETECTION_INTERVAL_SEC = "7";
    expect(appConfig()).toBe(first);
    expect(first.RINGWATCH_DETECTION_INTERVAL_SEC).toBe(5);
    resetConfig(source);
    expect(appConfig().RINGWATCH_DETECTION_INTERVAL_SEC).toBe(7);
  });

  it("throws ConfigError on every read while a variable is invalid", () => {
    resetConfig({ PORT: "eighty" });
    expect(() => appConfig()).toThrow(ConfigError);
    expect(() => appConfig()).toThrow("PORT must be a port number from 0 to 65535, got 'eighty'");
  });

  it("stops an entry point with the message and exit 78 on a bad value", () => {
    resetConfig({ RINGWATCH_DETECTION_INTERVAL_SEC: "abc" });
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited");
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => configOrExit("worker")).toThrow("exited");
    expect(exit).toHaveBeenCalledWith(EXIT_INVALID_CONFIG);
    expect(logged.mock.calls[0][0]).toContain(
      "[worker] cannot start: 1 environment variable is invalid:\n  RINGWATCH_DETECTION_INTERVAL_SEC must be a number of seconds from 1 to 3600, got 'abc'",
    );
  });

  it("hands the session secret to next-auth, and trusts the request's host unless NEXTAUTH_URL is set", () => {
    delete process.env.AUTH_TRUST_HOST;
    resetConfig({});
    expect(sessionSecret()).toBeUndefined();
    shareWithNextAuth("stored-secret");
    expect([sessionSecret(), process.env.NEXTAUTH_SECRET, process.env.AUTH_TRUST_HOST]).toEqual(["stored-secret", "stored-secret", "true"]);

    delete process.env.AUTH_TRUST_HOST;
    resetConfig({ NEXTAUTH_SECRET: "configured", NEXTAUTH_URL: "https://rw.example.com" });
    expect(sessionSecret()).toBe("configured");
    shareWithNextAuth("configured");
    expect(process.env.AUTH_TRUST_HOST).toBeUndefined();
  });
});
