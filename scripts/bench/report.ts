/** What the benchmark prints: one line per backend as it finishes, and the summary table at the end. */
import os from "node:os";
import type { BackendResult } from "./backendRun";
import type { BenchConfig } from "./config";

export function describeResult(result: BackendResult): string {
  const parts = [
    `${fmtInt(result.eventsPerSec)} events/s`,
    `p50 ${fmtMs(result.p50Ms)} ms`,
    `p99 ${fmtMs(result.p99Ms)} ms`,
    `accepted ${fmtInt(result.accepted)}`,
  ];
  if (result.throttled) parts.push(`throttled ${result.throttled}x`);
  if (result.tableRows !== undefined) parts.push(`events table rows ${fmtInt(result.tableRows)}`);
  parts.push(
    result.baseline ? `baseline ${fmtInt(result.baseline.eventsPerSec)} events/s (${result.baseline.method})` : `baseline ${result.baselineNote ?? "n/a"}`,
  );
  return parts.join(", ");
}

function fmtInt(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "-" : Math.round(value).toLocaleString("en");
}

function fmtMs(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(1);
}

export function printSummary(results: BackendResult[], config: BenchConfig): void {
  const header = ["backend", "events", "events/s", "p50 ms", "p99 ms", "baseline events/s", "ratio"];
  const rows = results.map((r) => {
    const ratio = r.eventsPerSec && r.baseline ? `${((r.eventsPerSec / r.baseline.eventsPerSec) * 100).toFixed(1)}%` : "-";
    return r.error
      ? [r.backend, fmtInt(r.events), `FAILED: ${r.error.split("\n")[0].slice(0, 80)}`, "", "", "", ""]
      : [
          r.backend,
          fmtInt(r.events),
          fmtInt(r.eventsPerSec),
          fmtMs(r.p50Ms),
          fmtMs(r.p99Ms),
          r.baseline ? fmtInt(r.baseline.eventsPerSec) : (r.baselineNote ?? "-"),
          ratio,
        ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ");
  console.log(
    `\nIngest benchmark: batch ${config.batch}, ${config.clients} clients, gzip ${config.gzip ? "on" : "off"}, ${os.cpus().length} CPUs, node ${process.version}`,
  );
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const row of rows) console.log(line(row));
  console.log("ratio = app events/s / baseline events/s (same rows, same batch boundaries, written by COPY)");
}
