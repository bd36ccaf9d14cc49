/**
 * Device-controlled text (hostnames, models, tags, versions, and summaries that quote them) goes
 * into chat messages that parse markup. Escaped here, a hostname like `<!channel>` cannot page a
 * channel, `<https://evil|click>` or `[click](https://evil)` cannot become a disguised link, and
 * `*` or `_` cannot restyle the message.
 */

// Slack mrkdwn has no escape for its formatting characters (a backslash shows as itself), and a
// zero-width space around one makes it *start* formatting. A look-alike character is the one
// rendering that stays literal; the exact value is one click away in Ringwatch.
const SLACK_LOOKALIKES: Record<string, string> = {
  "*": "\u2217", // asterisk operator
  _: "\u02CD", // modifier letter low macron
  "~": "\u223C", // tilde operator
  "`": "\u02CB", // modifier letter grave accent
};
// `&gt;` at the start of a line is still a blockquote; an invisible soft hyphen ahead of it is not.
const SOFT_HYPHEN = "\u00AD";

/** Text for a Slack `mrkdwn` object or a message's `text`: &, < and > as entities, *_~` as look-alikes. */
export function escapeSlackMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[*_~`]/g, (c) => SLACK_LOOKALIKES[c])
    .replace(/^&gt;/gm, `${SOFT_HYPHEN}&gt;`);
}

// Adaptive Card markdown (Teams) follows CommonMark: a backslash makes ASCII punctuation literal.
const TEAMS_MARKDOWN = /[\\*_~`[\]<>]/g;
// Some card renderers match `](` as a link without honouring the backslash before `]`.
const ZERO_WIDTH_SPACE = "\u200B";
// `- x`, `+ x` and `1. x` at a line's start would become list items.
const LIST_MARKER = /^(\s*)([-+]|\d+\.)(?=\s)/gm;

/** Text for a Teams Adaptive Card TextBlock or Fact value: markdown punctuation escaped. */
export function escapeTeamsMarkdown(text: string): string {
  return text
    .replace(TEAMS_MARKDOWN, (c) => `\\${c}`)
    .replace(/\\\]\(/g, `\\]${ZERO_WIDTH_SPACE}(`)
    .replace(LIST_MARKER, (_, indent: string, marker: string) => `${indent}${marker.replace(/[-+.]$/, (m) => `\\${m}`)}`);
}
