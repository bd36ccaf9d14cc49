import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { anomalyAlert, deploymentAlert } from "../../../core/alerts/events";
import { generateWebhookSecret, verifyWebhook } from "../signing";
import { renderAlert } from "./index";
import { configFrom } from "../../config";
import { publicUrl } from "./links";

const now = new Date();
const base = "https://ringwatch.example.com";
const anomaly = {
  id: "5b8e1c3a-0000-4000-8000-000000000001",
  kind: "boot_loop",
  severity: "critical" as const,
  status: "open",
  ring: "canary",
  component: "agent",
  version: "7.11.1",
  deploymentId: "d1",
  summary: "12 of 40 canary devices boot-loop <since> 7.11.1",
  exposed: 40,
  affected: 12,
  suspects: [{ dimension: "model", value: "Latitude 7440", share: 0.9, exposedShare: 0.3, lift: 3 }],
};
const opened = anomalyAlert("anomaly.opened", anomaly, "system", now);
const render = (format: "json" | "slack" | "pagerduty" | "teams", event = opened, secret: string | null = null) =>
  renderAlert(format, { event, messageId: "msg_1", secret, baseUrl: base, now });

describe("json (Standard Webhooks)", () => {
  it("signs id.timestamp.body so the official verifier accepts it", () => {
    const secret = generateWebhookSecret();
    const { headers, body } = render("json", opened, secret);
    expect(headers["webhook-id"]).toBe("msg_1");
    expect(Number(headers["webhook-timestamp"])).toBe(Math.floor(now.getTime() / 1000));
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const verified = new Webhook(secret).verify(body, headers) as { type: string; data: { anomaly: { id: string }; url: string } };
    expect(verified.type).toBe("anomaly.opened");
    expect(verified.data.anomaly.id).toBe(anomaly.id);
    expect(verified.data.url).toBe(`${base}/anomalies/${anomaly.id}`);
    expect(verifyWebhook(secret, "msg_1", Number(headers["webhook-timestamp"]), body, headers["webhook-signature"])).toBe(true);
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body.replace("canary", "broad"), headers)).toThrow();
  });

  it("has the contract's body shape", () => {
    const body = JSON.parse(render("json").body);
    expect(Object.keys(body).sort()).toEqual(["data", "timestamp", "type"]);
    expect(body.data.anomaly.topSuspect).toEqual({ dimension: "model", value: "Latitude 7440", share: 0.9 });
  });
});

describe("chat and paging formats", () => {
  it("slack: Block Kit with severity, ring, version, top suspect and a link; mrkdwn escaped", () => {
    const body = JSON.parse(render("slack").body);
    const text = JSON.stringify(body.blocks);
    expect(body.text).toContain("critical");
    for (const part of ["canary", "agent 7.11.1", "Latitude 7440", "&lt;since&gt;"]) expect(text).toContain(part);
    expect(body.blocks.at(-1).elements[0].url).toBe(`${base}/anomalies/${anomaly.id}`);
  });

  it("pagerduty: Events API v2 keyed by the anomaly, trigger then acknowledge then resolve", () => {
    const trigger = JSON.parse(render("pagerduty", opened, "R0UTINGKEY").body);
    expect(trigger).toMatchObject({
      routing_key: "R0UTINGKEY",
      event_action: "trigger",
      dedup_key: anomaly.id,
      payload: { severity: "critical", source: "ringwatch/canary" },
    });
    expect(trigger.payload.summary).toContain("Boot loop in canary · ");
    expect(trigger.links[0].href).toBe(`${base}/anomalies/${anomaly.id}`);
    const ack = JSON.parse(render("pagerduty", anomalyAlert("anomaly.acknowledged", anomaly, "ann", now), "K").body);
    expect(ack).toEqual({ routing_key: "K", event_action: "acknowledge", dedup_key: anomaly.id });
    const resolve = JSON.parse(render("pagerduty", anomalyAlert("anomaly.resolved", { ...anomaly, severity: "info" }, "system", now), "K").body);
    expect(resolve.event_action).toBe("resolve");
    const warning = JSON.parse(render("pagerduty", anomalyAlert("anomaly.updated", { ...anomaly, severity: "warning" }, "system", now), "K").body);
    expect(warning.payload.severity).toBe("warning");
  });

  it("pagerduty: a paused deployment triggers an incident that promotion resolves", () => {
    const deployment = { id: "dep-1", status: "paused", component: "agent", version: "7.11.1", ring: "canary" };
    const paused = JSON.parse(render("pagerduty", deploymentAlert("pause", deployment, "system", "critical anomaly", now), "K").body);
    expect(paused).toMatchObject({ event_action: "trigger", dedup_key: "deployment-dep-1", payload: { severity: "warning" } });
    const promoted = JSON.parse(
      render("pagerduty", deploymentAlert("promote", { ...deployment, status: "active", ring: "early" }, "system", "go", now), "K").body,
    );
    expect(promoted).toMatchObject({ event_action: "resolve", dedup_key: "deployment-dep-1" });
  });

  it("teams: a message with one Adaptive Card", () => {
    const body = JSON.parse(render("teams").body);
    expect(body.type).toBe("message");
    expect(body.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    const card = body.attachments[0].content;
    expect(card.type).toBe("AdaptiveCard");
    expect(card.actions[0].url).toBe(`${base}/anomalies/${anomaly.id}`);
    expect(JSON.stringify(card.body)).toContain("Latitude 7440");
  });

  describe("device-controlled text cannot mention, link or format", () => {
    const hostile = anomalyAlert(
      "anomaly.opened",
      {
        ...anomaly,
        version: "7.11.1 <!channel>",
        summary: "12 devices like <https://evil.example|click> and [click](https://evil.example) boot-loop *now*",
        suspects: [{ dimension: "hostname", value: "<!channel>_~`*x*`~_", share: 0.9, exposedShare: 0.3, lift: 3 }],
      },
      "system",
      now,
    );

    it("slack: & < > become entities, *_~` become look-alikes, in the blocks and the notification text", () => {
      const body = JSON.parse(render("slack", hostile).body);
      const mrkdwn: { text: string; verbatim?: boolean }[] = [...body.blocks[1].fields, body.blocks[2].text];
      for (const m of mrkdwn) expect(m.verbatim, m.text).toBe(true);
      const values = [body.text, ...mrkdwn.map((m) => m.text.replace(/^\*[A-Za-z ]+\*\n/, ""))].join("\n");
      for (const control of ["<", ">", "*", "`", "~", "_"]) expect(values.replace(":red_circle:", ""), control).not.toContain(control);
      expect(body.text).toContain("&lt;!channel&gt;");
      expect(values).toContain("&lt;https://evil.example|click&gt;");
      expect(values).toContain("&lt;!channel&gt;\u02CD\u223C\u02CB\u2217x\u2217\u02CB\u223C\u02CD");
    });

    it("teams: markdown emphasis and link syntax are escaped in the title, summary and facts", () => {
      const card = JSON.parse(render("teams", hostile).body).attachments[0].content;
      const [title, summary] = card.body;
      const suspect = card.body[2].facts.find((f: { title: string }) => f.title === "Top suspect").value;
      expect(title.text).toContain("7.11.1 \\<!channel\\>");
      expect(summary.text).toContain("\\<https://evil.example|click\\>");
      expect(summary.text).toContain("\\[click\\]\u200B(https://evil.example)");
      expect(summary.text).toContain("\\*now\\*");
      expect(suspect).toContain("\\<!channel\\>\\_\\~\\`\\*x\\*\\`\\~\\_");
    });
  });

  it("links use RINGWATCH_PUBLIC_URL, else localhost on PORT", () => {
    expect(publicUrl(configFrom({ RINGWATCH_PUBLIC_URL: " https://rw.example.com/ " }))).toBe("https://rw.example.com");
    expect(publicUrl(configFrom({ PORT: "4123" }))).toBe("http://localhost:4123");
    expect(publicUrl(configFrom({}))).toBe("http://localhost:3000");
  });
});
