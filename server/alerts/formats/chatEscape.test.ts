import { describe, expect, it } from "vitest";
import { escapeSlackMrkdwn, escapeTeamsMarkdown } from "./chatEscape";

describe("escapeSlackMrkdwn", () => {
  it("turns mentions and links into plain text", () => {
    expect(escapeSlackMrkdwn("<!channel>")).toBe("&lt;!channel&gt;");
    expect(escapeSlackMrkdwn("<!here|here> <@U123> <#C123>")).toBe("&lt;!here|here&gt; &lt;@U123&gt; &lt;#C123&gt;");
    expect(escapeSlackMrkdwn("<https://evil.example|click>")).toBe("&lt;https://evil.example|click&gt;");
  });

  it("escapes & first, so an entity in the input shows as typed", () => {
    expect(escapeSlackMrkdwn("a &lt; b & c")).toBe("a &amp;lt; b &amp; c");
  });

  it("replaces the formatting characters with look-alikes", () => {
    expect(escapeSlackMrkdwn("*bold* _italic_ ~strike~ `code`")).toBe("\u2217bold\u2217 \u02CDitalic\u02CD \u223Cstrike\u223C \u02CBcode\u02CB");
    expect(escapeSlackMrkdwn("ws_01")).toBe("ws\u02CD01");
  });

  it("keeps a > at a line's start from quoting the line", () => {
    expect(escapeSlackMrkdwn(">quoted\nok\n> again")).toBe("\u00AD&gt;quoted\nok\n\u00AD&gt; again");
    expect(escapeSlackMrkdwn("a > b")).toBe("a &gt; b");
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["Latitude 7440", "7.11.1", "canary", "12 of 40 devices (30%)", ""]) expect(escapeSlackMrkdwn(text)).toBe(text);
  });
});

describe("escapeTeamsMarkdown", () => {
  it("escapes emphasis, code, strike, angle brackets and the backslash itself", () => {
    expect(escapeTeamsMarkdown("**bold** _it_ ~s~ `c` <at>x</at> a\\b")).toBe("\\*\\*bold\\*\\* \\_it\\_ \\~s\\~ \\`c\\` \\<at\\>x\\</at\\> a\\\\b");
  });

  it("breaks link syntax, also for renderers that ignore the escape before ]", () => {
    expect(escapeTeamsMarkdown("[click](https://evil.example)")).toBe("\\[click\\]\u200B(https://evil.example)");
    expect(escapeTeamsMarkdown("<https://evil.example|click>")).toBe("\\<https://evil.example|click\\>");
  });

  it("keeps list markers at a line's start literal", () => {
    expect(escapeTeamsMarkdown("- a\n+ b\n  1. c")).toBe("\\- a\n\\+ b\n  1\\. c");
    expect(escapeTeamsMarkdown("7.11.1-beta - 2 devices")).toBe("7.11.1-beta - 2 devices");
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["Latitude 7440", "7.11.1", "canary", "12 of 40 devices (30%)", ""]) expect(escapeTeamsMarkdown(text)).toBe(text);
  });
});
