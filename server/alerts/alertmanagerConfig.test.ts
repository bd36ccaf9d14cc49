import { describe, expect, it } from "vitest";
import { alertmanagerConfig, AlertmanagerConfigError } from "./alertmanagerConfig";

describe("alertmanagerConfig", () => {
  it("is off when no URL is set", () => {
    expect(alertmanagerConfig({})).toBeNull();
    expect(alertmanagerConfig({ RINGWATCH_ALERTMANAGER_URLS: " , " })).toBeNull();
  });

  it("posts to /api/v2/alerts under each base URL, with or without a path prefix or the API path itself", () => {
    const config = alertmanagerConfig({ RINGWATCH_ALERTMANAGER_URLS: "http://am-1:9093, http://am-2:9093/ https://mon.example.com/alertmanager/api/v2/alerts?x=1" })!;
    expect(config.targets.map((t) => [t.pushUrl, t.label])).toEqual([
      ["http://am-1:9093/api/v2/alerts", "http://am-1:9093"],
      ["http://am-2:9093/api/v2/alerts", "http://am-2:9093"],
      ["https://mon.example.com/alertmanager/api/v2/alerts", "https://mon.example.com/alertmanager"],
    ]);
    expect(config).toMatchObject({ resendSec: 60, holdSec: 240, extraLabels: {} });
  });

  it("turns credentials in the URL into a Basic header and keeps them out of the label", () => {
    const [target] = alertmanagerConfig({ RINGWATCH_ALERTMANAGER_URLS: "https://ring%40watch:s%3Acret@am.example.com" })!.targets;
    expect(target.authorization).toBe(`Basic ${Buffer.from("ring@watch:s:cret").toString("base64")}`);
    expect(target.label).toBe("https://am.example.com");
    expect(target.pushUrl).not.toContain("cret");
  });

  it("reads the re-send period and extra labels", () => {
    const config = alertmanagerConfig({ RINGWATCH_ALERTMANAGER_URLS: "http://am:9093", RINGWATCH_ALERTMANAGER_RESEND_SEC: "15", RINGWATCH_ALERTMANAGER_LABELS: "env=prod, team = endpoint" })!;
    expect(config).toMatchObject({ resendSec: 15, holdSec: 60, extraLabels: { env: "prod", team: "endpoint" } });
  });

  it.each([
    [{ RINGWATCH_ALERTMANAGER_URLS: "am:9093" }, /must be http or https/],
    [{ RINGWATCH_ALERTMANAGER_URLS: "http://" }, /is not a URL/],
    [{ RINGWATCH_ALERTMANAGER_URLS: "http://am:9093", RINGWATCH_ALERTMANAGER_RESEND_SEC: "0" }, /RESEND_SEC/],
    [{ RINGWATCH_ALERTMANAGER_URLS: "http://am:9093", RINGWATCH_ALERTMANAGER_LABELS: "team-name=x" }, /label name/],
    [{ RINGWATCH_ALERTMANAGER_URLS: "http://am:9093", RINGWATCH_ALERTMANAGER_LABELS: "env" }, /name=value/],
  ])("refuses a setting that cannot work: %j", (env, message) => {
    expect(() => alertmanagerConfig(env)).toThrow(AlertmanagerConfigError);
    expect(() => alertmanagerConfig(env)).toThrow(message);
  });
});
