/** The report: one row per scenario, then what each failing one missed and notes. Pure text, no I/O. */
import type { ScenarioOutcome } from "./measure";

export interface ReportRow {
  key: string;
  title: string;
  outcome: ScenarioOutcome;
  notes?: string[];
}

export const COLUMNS = [
  "scenario",
  "1st critical",
  "paused",
  "blast radius (manifest/server)",
  "offered outside reached rings",
  "false blames",
  "top suspect",
  "hold",
  "reach 50/90/99%",
  "recovery",
  "result",
] as const;

const NONE = "-";

function suspectCell(outcome: ScenarioOutcome): string {
  const top = outcome.topSuspect;
  if (!top) return outcome.suspectVerdict === "none" ? "none (wrong)" : NONE;
  const verdict = outcome.suspectVerdict === null ? "" : outcome.suspectVerdict === "right" ? " (right)" : " (wrong)";
  return `${top.dimension}=${top.value}${verdict}`;
}

/** Offers (answers) and the devices they went to: one device can be offered many times. */
function outsideReachCell({ outsideReach: { answers, devices } }: ScenarioOutcome): string {
  return answers === 0 ? "0" : `${answers} (${devices} devices)`;
}

/** By the anomaly's own time, then by when the watch saw it (API latency included). */
function criticalCell({ secondsToCritical: at, secondsToCriticalSeen: seen }: ScenarioOutcome): string {
  if (at === null) return seen === null ? NONE : `seen ${seen.toFixed(1)} s`;
  return seen === null ? `${at.toFixed(1)} s` : `${at.toFixed(1)} s (seen ${seen.toFixed(1)})`;
}

function holdCell({ containment: { hold } }: ScenarioOutcome): string {
  return hold ? `${hold.cohort} (${hold.devices} devices)` : NONE;
}

/** Seconds from the stop to 50/90/99% of the devices exposed before it, then how many it reached. */
function reachCell({ containment: { reach } }: ScenarioOutcome): string {
  if (!reach) return NONE;
  const sec = (value: number | null) => (value === null ? NONE : value.toFixed(0));
  const { p50, p90, p99 } = reach.secondsTo;
  return `${sec(p50)}/${sec(p90)}/${sec(p99)} s, ${reach.reached} of ${reach.exposedBefore}`;
}

function recoveryCell({ containment: { recovery } }: ScenarioOutcome): string {
  if (!recovery) return NONE;
  const mttr = recovery.mttrSec === null ? "" : `, MTTR ${recovery.mttrSec} s`;
  return `${recovery.recovered} of ${recovery.affected}${mttr}`;
}

export function rowCells({ key, title, outcome }: ReportRow): string[] {
  return [
    `${key} ${title}`,
    criticalCell(outcome),
    outcome.paused ? "yes" : "no",
    `${outcome.blastRadius.fromManifest} / ${outcome.blastRadius.fromServer}`,
    outsideReachCell(outcome),
    String(outcome.falseBlames.length),
    suspectCell(outcome),
    holdCell(outcome),
    reachCell(outcome),
    recoveryCell(outcome),
    outcome.missed.length === 0 ? "pass" : "FAIL",
  ];
}

/** Columns padded to their widest cell, separated by two spaces, with a rule under the header. */
export function alignColumns(header: readonly string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function formatReport(rows: ReportRow[]): string {
  const table = alignColumns(COLUMNS, rows.map(rowCells));
  const lines = rows.flatMap(({ key, outcome, notes = [] }) => [
    ...outcome.missed.map((goal) => `  ${key}: missed: ${goal}`),
    ...notes.map((note) => `  ${key}: note: ${note}`),
  ]);
  return lines.length === 0 ? table : `${table}\n\n${lines.join("\n")}`;
}
