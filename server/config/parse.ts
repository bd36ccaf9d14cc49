/** Environment in, typed settings or every problem out: no I/O, so tests drive it with any record. */
import type { z } from "zod";
import { configSchema, docOf, PAIRED_VARIABLES, VARIABLE_NAMES, type VariableName } from "./variables";

export type EnvRecord = Readonly<Record<string, string | undefined>>;
export type AppConfig = z.output<typeof configSchema>;

export interface ConfigIssue {
  variable: VariableName;
  /** Names the variable and what it expects, e.g. "PORT must be a port number from 0 to 65535, got 'abc'". */
  message: string;
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; issues: ConfigIssue[] };

export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    const count = issues.length === 1 ? "1 environment variable is" : `${issues.length} environment variables are`;
    super(`${count} invalid:\n${issues.map((issue) => `  ${issue.message}`).join("\n")}\nThe Configuration section of README.md lists every variable.`);
    this.name = "ConfigError";
  }
}

/** The app's variables that are set to something other than blanks; unknown variables are not ours to judge. */
function presentValues(env: EnvRecord): Partial<Record<VariableName, string>> {
  const present: Partial<Record<VariableName, string>> = {};
  for (const name of VARIABLE_NAMES) {
    const value = env[name];
    if (value !== undefined && value.trim() !== "") present[name] = value;
  }
  return present;
}

function issueMessage(name: VariableName, raw: string, issue: z.core.$ZodIssue): string {
  const doc = docOf(name);
  const got = doc.secret ? " (the value is not shown)" : `, got '${raw}'`;
  const detail = issue.code === "custom" && issue.params?.detail ? ` (${issue.message})` : "";
  return `${name} must be ${doc.expects}${got}${detail}`;
}

function pairIssues(present: Partial<Record<VariableName, string>>): ConfigIssue[] {
  return PAIRED_VARIABLES.flatMap(([a, b]) => {
    if ((present[a] === undefined) === (present[b] === undefined)) return [];
    const [missing, set] = present[a] === undefined ? [a, b] : [b, a];
    return [{ variable: missing, message: `${missing} must be set as well when ${set} is: one does nothing without the other` }];
  });
}

export function parseConfig(env: EnvRecord): ConfigResult {
  const present = presentValues(env);
  const result = configSchema.safeParse(present);
  const issues: ConfigIssue[] = [];
  for (const issue of result.error?.issues ?? []) {
    const name = issue.path[0] as VariableName;
    // One message per variable: it already says everything a valid value must be.
    if (!issues.some((known) => known.variable === name)) issues.push({ variable: name, message: issueMessage(name, present[name] ?? "", issue) });
  }
  issues.push(...pairIssues(present));
  if (result.success && issues.length === 0) return { ok: true, config: result.data };
  return { ok: false, issues: issues.sort((a, b) => VARIABLE_NAMES.indexOf(a.variable) - VARIABLE_NAMES.indexOf(b.variable)) };
}

/** The settings, or a ConfigError naming every bad variable. */
export function configFrom(env: EnvRecord): AppConfig {
  const result = parseConfig(env);
  if (!result.ok) throw new ConfigError(result.issues);
  return result.config;
}
