/** Moving through a list of rows, mail-client style (the keys are in components/keyboard/shortcuts.ts). */
export type RowStep = "next" | "previous";

/**
 * The row to focus after a step. `current` is the focused row's index, null when focus is outside
 * the list: either step then starts at the first row. Stops at the ends rather than wrapping, so
 * holding j never jumps back to the top.
 */
export function nextRowIndex(step: RowStep, current: number | null, count: number): number | null {
  if (count === 0) return null;
  if (current === null) return 0;
  return step === "next" ? Math.min(current + 1, count - 1) : Math.max(current - 1, 0);
}
