import { describe, expect, it } from "vitest";
import { configFrom, type EnvRecord } from "../config";
import { alertmanagerConfig } from "./alertmanagerConfig";

const configOf = (env: EnvRecord) => alertmanagerConfig(configFrom(env));

describe("alertmanagerConfig", () => {
  it("is off when no URL is set", () => {
    expect(configOf({})).toBeNull();
    expect(configOf({ RINGWATCH_ALERTMANAGER_URLS: " , " })).toBeNull();
  });

  it("posts to /api/v2/alerts under each base URL, with or without a path prefix or the API path itself", () => {
    const config = configOf({ RINGWATCH_ALERTMANAGER_URLS: "http://am-1:9093, http://am-2:9093/ https://mon.example.com/alertmanager/api/v2/alerts?x=1" })!;
    expect(config.targets.map((t) => [t.pushUrl, t.label])).toEqual([
      ["http://am-1:9093/api/v2/alerts", "http://am-1:9093"],
      ["http://am-2:9093/api/v2/alerts", "http://am-2:9093"],
      ["https://mon.example.com/alertmanager/api/v2/alerts", "https://mon.example.com/alertmanager"],
    ]);
    expect(config).toMatchObject({ resendSec: 60, holdSec: 240, extraLabels: {} });
  });

  it("turns credentials in the URL into a Basic header and keeps them out of the label", () => {
    const [target] = configOf({ RINGWATCH_ALERTMANAGER_URLS: "https://ring%40watch:s%3Acret@am.example.com" })!.targets;
    expect(target.authorization).toBe(`Basic ${Buffer.from("ring@watch:s:cret").toString("base64")}`);
    expect(target.label).toBe("https://am.example.com");
    expect(target.pushUrl).not.toContain("cret");
  });

  it("reads the re-send period and extra labels", () => {
    const config = configOf({
      RINGWATCH_ALERTMANAGER_URLS: "http://am:9093",
      RINGWATCH_ALERTMANAGER_RESEND_SEC: "15",
      RINGWATCH_ALERTMANAGER_LABELS: "env=prod, team = endpoint",
    })!;
    expect(config).toMatchObject({ resendSec: 15, holdSec: 60, extraLabels: { env: "prod", team: "endpoint" } });
  });

  it.each([
    [{ RINGWATCH_ALERTMANAGER_URLS: "am:9093" }, /RINGWATCH_ALERTMANAGER_URLS must be .*'am:9093' is not an http\(s\) URL/],
    [{ RINGWATCH_ALERTMANAGER_URLS: "http://am:9093 http://" }, /RINGWATCH_ALERTMANAGER_URLS must be .*'http:\/\/' is not an http\(s\) URL/],
    [
      { RINGWATCH_ALERTMANAGER_URLS: "http://am:9093", RINGWATCH_ALERTMANAGER_RESEND_SEC: "0" },
      /RINGWATCH_ALERTMANAGER_RESEND_SEC must be a number of seconds from 1 to 3600, got '0'/,
    ],
    [
      { RINGWATCH_ALERTMANAGER_URLS: "http://am:9093", RINGWATCH_ALERTMANAGER_LABELS: "team-name=x" },
      /RINGWATCH_ALERTMANAGER_LABELS must be .*'team-name=x' is not name=value with a Prometheus label name/,
    ],
    [{ RINGWATCH_ALERTMANAGER_URLS: "http://am:9093", RINGWATCH_ALERTMANAGER_LABELS: "env" }, /'env' is not name=value/],
  ])("refuses a setting that cannot work: %j", (env, message) => {
    expect(() => configOf(env)).toThrow(message);
  });
});
