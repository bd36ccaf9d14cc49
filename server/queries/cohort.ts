import { HOLD_DIMENSION_PATTERN, type Cohort } from "../../core/rollouts/holds";

const COLUMNS: Record<string, string> = { os: "d.os", osVersion: "d.os_version", model: "d.model" };

/**
 * SQL for "device `d` is in the cohort", with the value (and a tag's or component's name) as parameters
 * numbered from `first`. Only the suspects' dimensions exist (checked again here: this builds SQL).
 */
export function cohortCondition(cohort: Cohort, first: number): { sql: string; params: string[] } {
  if (!HOLD_DIMENSION_PATTERN.test(cohort.dimension)) throw new Error(`not a cohort dimension: ${cohort.dimension}`);
  const column = COLUMNS[cohort.dimension];
  if (column) return { sql: `${column} = $${first}`, params: [cohort.value] };
  const [family, ...rest] = cohort.dimension.split(".");
  const json = family === "tags" ? "d.tags" : "d.versions";
  return { sql: `${json} ->> $${first + 1} = $${first}`, params: [cohort.value, rest.join(".")] };
}
