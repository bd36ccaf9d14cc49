import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError, configFrom, parseConfig, type EnvRecord } from "./parse";
import { docOf, VARIABLE_NAMES, type NumberRange, type VariableName } from "./variables";

const NUMERIC = VARIABLE_NAMES.filter((name) => docOf(name).range !== undefined);
const rangeOf = (name: VariableName) => docOf(name).range as NumberRange;

/** Optional blanks around a value: the parser must not care. */
const padded = (value: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom("", " "), value, fc.constantFrom("", " ")).map(([before, text, after]) => `${before}${text}${after}`);

const numberIn = (range: NumberRange) =>
  padded((range.integer ? fc.integer({ min: range.min, max: range.max }) : fc.double({ min: range.min, max: range.max, noNaN: true })).map(String));

const httpUrl = fc.webUrl({ validSchemes: ["http", "https"] });
const hostPort = fc
  .tuple(
    fc.oneof(
      fc.domain(),
      fc.ipV4(),
      fc.ipV6().map((ip) => `[${ip}]`),
    ),
    fc.integer({ min: 0, max: 65_535 }),
  )
  .map(([host, port]) => `${host}:${port}`);
const labelPair = fc
  .tuple(fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,15}$/), fc.stringMatching(/^[a-z0-9./:-]{1,12}$/))
  .map(([name, value]) => `${name} = ${value}`);

/** A valid value for each variable but the admin pair, which comes as one. */
const VALID: Record<Exclude<VariableName, "RINGWATCH_ADMIN_EMAIL" | "RINGWATCH_ADMIN_PASSWORD">, fc.Arbitrary<string>> = {
  PORT: numberIn(rangeOf("PORT")),
  DATABASE_URL: fc
    .tuple(fc.constantFrom("postgres", "postgresql", "POSTGRES"), fc.domain())
    .map(([scheme, host]) => `${scheme}://rw:pw@${host}:5432/ringwatch`),
  RINGWATCH_DATA_DIR: fc.string({ minLength: 1 }),
  RINGWATCH_BOOTSTRAP_API_KEY: fc.string(),
  NEXTAUTH_SECRET: fc.string(),
  NEXTAUTH_URL: padded(httpUrl),
  RINGWATCH_PUBLIC_URL: padded(httpUrl),
  RINGWATCH_WEBHOOK_ALLOW_HOSTS: fc.array(hostPort, { maxLength: 4 }).map((hosts) => hosts.join(", ")),
  RINGWATCH_DETECTION_INTERVAL_SEC: numberIn(rangeOf("RINGWATCH_DETECTION_INTERVAL_SEC")),
  RINGWATCH_ANOMALY_HEALTHY_SEC: numberIn(rangeOf("RINGWATCH_ANOMALY_HEALTHY_SEC")),
  RINGWATCH_RECOVERY_STABLE_SEC: numberIn(rangeOf("RINGWATCH_RECOVERY_STABLE_SEC")),
  RINGWATCH_ALERTMANAGER_URLS: fc
    .array(
      httpUrl.filter((url) => !/[\s,]/.test(url)),
      { maxLength: 3 },
    )
    .map((urls) => urls.join(", ")),
  RINGWATCH_ALERTMANAGER_RESEND_SEC: numberIn(rangeOf("RINGWATCH_ALERTMANAGER_RESEND_SEC")),
  RINGWATCH_ALERTMANAGER_LABELS: fc.array(labelPair, { maxLength: 4 }).map((pairs) => pairs.join(",")),
  RINGWATCH_ALERT_RETENTION_DAYS: numberIn(rangeOf("RINGWATCH_ALERT_RETENTION_DAYS")),
  RINGWATCH_API_RATE_LIMIT: numberIn(rangeOf("RINGWATCH_API_RATE_LIMIT")),
  RINGWATCH_TRUST_FORWARDED_FOR: fc.constantFrom("true", "false"),
  NEXT_MANUAL_SIG_HANDLE: fc.string(),
};

const adminPair = fc.option(
  fc.tuple(
    fc.emailAddress(),
    fc.string({ minLength: 1 }).filter((p) => p.trim() !== ""),
  ),
  { nil: undefined },
);

/** Any valid environment: each variable absent, blank or valid, plus variables that are not ours. */
const validEnv: fc.Arbitrary<EnvRecord> = fc
  .tuple(
    fc.record(
      Object.fromEntries(Object.entries(VALID).map(([name, value]) => [name, fc.option(fc.oneof(value, fc.constantFrom("", "  ")), { nil: undefined })])),
    ),
    adminPair,
    fc.dictionary(fc.stringMatching(/^OTHER_[A-Z]{1,6}$/), fc.string()),
  )
  .map(([ours, admin, theirs]) => ({ ...theirs, ...ours, ...(admin ? { RINGWATCH_ADMIN_EMAIL: admin[0], RINGWATCH_ADMIN_PASSWORD: admin[1] } : {}) }));

/** Not a number at all, out of the range, or a fraction where a whole number is needed. */
const invalidNumber = (range: NumberRange) =>
  fc.oneof(
    fc.string().filter((s) => s.trim() !== "" && Number.isNaN(Number(s))),
    fc.constantFrom("NaN", "abc", "12abc", "--5", "1,5", "Infinity", "-Infinity", "1e400"),
    fc
      .double({ max: range.min, noNaN: true })
      .filter((x) => x < range.min)
      .map(String),
    fc
      .double({ min: range.max, noNaN: true })
      .filter((x) => x > range.max)
      .map(String),
    ...(range.integer
      ? [
          fc
            .double({ min: range.min, max: range.max, noNaN: true })
            .filter((x) => !Number.isInteger(x))
            .map(String),
        ]
      : []),
  );

describe("parseConfig", () => {
  it("has a generator for every variable (a new variable needs one here)", () => {
    expect([...Object.keys(VALID), "RINGWATCH_ADMIN_EMAIL", "RINGWATCH_ADMIN_PASSWORD"].sort()).toEqual([...VARIABLE_NAMES].sort());
  });

  it("parses any valid environment to numbers inside their ranges, and the default where unset", () => {
    fc.assert(
      fc.property(validEnv, (env) => {
        const result = parseConfig(env);
        expect(result.ok, JSON.stringify(result)).toBe(true);
        if (!result.ok) return;
        for (const name of NUMERIC) {
          const value = result.config[name] as number;
          const range = rangeOf(name);
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(range.min);
          expect(value).toBeLessThanOrEqual(range.max);
          if (range.integer) expect(Number.isInteger(value)).toBe(true);
          if (!env[name]?.trim()) expect(value).toBe(Number(docOf(name).defaultText));
          else expect(value).toBe(Number(env[name]));
        }
      }),
    );
  });

  it("reports a non-numeric or out-of-range value by name, with what it expects and what it got", () => {
    const badValue = fc.constantFrom(...NUMERIC).chain((name) => fc.tuple(fc.constant(name), invalidNumber(rangeOf(name))));
    fc.assert(
      fc.property(validEnv, badValue, (env, [name, raw]) => {
        const result = parseConfig({ ...env, [name]: raw });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues).toEqual([{ variable: name, message: `${name} must be ${docOf(name).expects}, got '${raw}'` }]);
      }),
    );
  });

  it("never lets any text through a numeric variable as NaN or out of range", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMERIC), fc.oneof(fc.string(), fc.double().map(String)), (name, raw) => {
        const result = parseConfig({ [name]: raw });
        if (result.ok) {
          const value = result.config[name] as number;
          expect(value >= rangeOf(name).min && value <= rangeOf(name).max).toBe(true);
        } else {
          expect(result.issues.map((issue) => issue.variable)).toEqual([name]);
        }
      }),
    );
  });
});

describe("configFrom", () => {
  it("keeps today's defaults", () => {
    const config = configFrom({});
    expect(config).toMatchObject({
      PORT: 3000,
      RINGWATCH_DATA_DIR: ".data",
      RINGWATCH_DETECTION_INTERVAL_SEC: 10,
      RINGWATCH_ANOMALY_HEALTHY_SEC: 600,
      RINGWATCH_RECOVERY_STABLE_SEC: 600,
      RINGWATCH_ALERTMANAGER_URLS: [],
      RINGWATCH_ALERTMANAGER_RESEND_SEC: 60,
      RINGWATCH_ALERTMANAGER_LABELS: {},
      RINGWATCH_ALERT_RETENTION_DAYS: 30,
      RINGWATCH_API_RATE_LIMIT: 2000,
      RINGWATCH_TRUST_FORWARDED_FOR: false,
      NEXT_MANUAL_SIG_HANDLE: false,
    });
    expect([config.DATABASE_URL, config.RINGWATCH_PUBLIC_URL, config.NEXTAUTH_SECRET, config.RINGWATCH_BOOTSTRAP_API_KEY]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([...config.RINGWATCH_WEBHOOK_ALLOW_HOSTS]).toEqual([]);
  });

  it("names the variable, what it expects and what it got", () => {
    expect(() => configFrom({ RINGWATCH_DETECTION_INTERVAL_SEC: "abc" })).toThrow(
      "RINGWATCH_DETECTION_INTERVAL_SEC must be a number of seconds from 1 to 3600, got 'abc'",
    );
  });

  it("reports every bad variable at once, in the schema's order", () => {
    const error = (() => {
      try {
        configFrom({ RINGWATCH_API_RATE_LIMIT: "0", PORT: "http", RINGWATCH_TRUST_FORWARDED_FOR: "yes" });
      } catch (thrown) {
        return thrown as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.issues.map((issue) => issue.variable)).toEqual(["PORT", "RINGWATCH_API_RATE_LIMIT", "RINGWATCH_TRUST_FORWARDED_FOR"]);
    expect(error?.message).toMatch(/^3 environment variables are invalid:\n {2}PORT must be a port number from 0 to 65535, got 'http'\n/);
    expect(error?.message).toContain("RINGWATCH_TRUST_FORWARDED_FOR must be true or false, got 'yes'");
  });

  it("treats a blank value as unset", () => {
    const config = configFrom({ PORT: "", RINGWATCH_DATA_DIR: " ", DATABASE_URL: "", RINGWATCH_PUBLIC_URL: "  " });
    expect([config.PORT, config.RINGWATCH_DATA_DIR, config.DATABASE_URL, config.RINGWATCH_PUBLIC_URL]).toEqual([3000, ".data", undefined, undefined]);
  });

  it("never echoes a secret", () => {
    const result = parseConfig({ DATABASE_URL: "mysql://rw:hunter2@db/ringwatch" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toBe("DATABASE_URL must be a postgres:// or postgresql:// connection string (the value is not shown)");
  });

  it("reads URLs without surrounding blanks or trailing slashes, and refuses other schemes", () => {
    expect(configFrom({ RINGWATCH_PUBLIC_URL: " https://rw.example.com/base// " }).RINGWATCH_PUBLIC_URL).toBe("https://rw.example.com/base");
    expect(() => configFrom({ NEXTAUTH_URL: "rw.example.com" })).toThrow("NEXTAUTH_URL must be an http:// or https:// URL, got 'rw.example.com'");
    expect(() => configFrom({ RINGWATCH_PUBLIC_URL: "ftp://rw.example.com" })).toThrow(/RINGWATCH_PUBLIC_URL must be an http/);
  });

  it("reads the webhook allow-list as lower-case host:port entries and names an entry without a port", () => {
    expect([...configFrom({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: " Receiver.Local:8080, [::1]:9000,," }).RINGWATCH_WEBHOOK_ALLOW_HOSTS]).toEqual([
      "receiver.local:8080",
      "[::1]:9000",
    ]);
    expect(() => configFrom({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: "127.0.0.1:9000,localhost" })).toThrow(
      "RINGWATCH_WEBHOOK_ALLOW_HOSTS must be a comma-separated list of host:port, got '127.0.0.1:9000,localhost' ('localhost' is not host:port)",
    );
    expect(() => configFrom({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: "a:70000" })).toThrow(/'a:70000' is not host:port/);
  });

  it("trusts X-Forwarded-For only for true, and refuses anything but true or false", () => {
    expect(configFrom({ RINGWATCH_TRUST_FORWARDED_FOR: "true" }).RINGWATCH_TRUST_FORWARDED_FOR).toBe(true);
    expect(configFrom({ RINGWATCH_TRUST_FORWARDED_FOR: "false" }).RINGWATCH_TRUST_FORWARDED_FOR).toBe(false);
    expect(() => configFrom({ RINGWATCH_TRUST_FORWARDED_FOR: "yes" })).toThrow("RINGWATCH_TRUST_FORWARDED_FOR must be true or false, got 'yes'");
  });

  it("wants the admin e-mail and password together", () => {
    expect(configFrom({ RINGWATCH_ADMIN_EMAIL: "admin@example.com", RINGWATCH_ADMIN_PASSWORD: "pw" })).toMatchObject({
      RINGWATCH_ADMIN_EMAIL: "admin@example.com",
    });
    expect(() => configFrom({ RINGWATCH_ADMIN_EMAIL: "admin@example.com" })).toThrow(
      "RINGWATCH_ADMIN_PASSWORD must be set as well when RINGWATCH_ADMIN_EMAIL is",
    );
    expect(() => configFrom({ RINGWATCH_ADMIN_PASSWORD: "pw" })).toThrow("RINGWATCH_ADMIN_EMAIL must be set as well when RINGWATCH_ADMIN_PASSWORD is");
    expect(() => configFrom({ RINGWATCH_ADMIN_EMAIL: "admin", RINGWATCH_ADMIN_PASSWORD: "pw" })).toThrow(
      "RINGWATCH_ADMIN_EMAIL must be an email address, got 'admin'",
    );
  });

  it("takes NEXT_MANUAL_SIG_HANDLE as set whatever its value, as Next does", () => {
    expect(configFrom({ NEXT_MANUAL_SIG_HANDLE: "false" }).NEXT_MANUAL_SIG_HANDLE).toBe(true);
  });
});
