import type { RingShare } from "./assignment";

/** Floating point slack for percentages such as 33.33 + 33.33 + 33.34. */
const PERCENT_TOLERANCE = 0.001;

/** The contract's rule: the percentages of the rings that have one sum to 100. Returns the problem, if any. */
export function ringPercentProblem(rings: Pick<RingShare, "name" | "percent">[]): string | null {
  const withPercent = rings.filter((r) => r.percent !== null);
  if (withPercent.length === 0) return null;
  const total = withPercent.reduce((sum, r) => sum + (r.percent ?? 0), 0);
  if (Math.abs(total - 100) <= PERCENT_TOLERANCE) return null;
  return `Ring percentages must sum to 100; they would sum to ${Number(total.toFixed(3))} (${withPercent.map((r) => `${r.name} ${r.percent}`).join(", ")}).`;
}
